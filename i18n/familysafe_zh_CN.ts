<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the family agreement</source>
        <translation>确认家庭约定</translation>
    </message>
    <message>
        <source>Read it through together first. Everyone who agrees is ticked here, and signs the printed copy. Agreeing again later keeps the earlier versions.</source>
        <translation>请先一起从头到尾读一遍。在这里勾选每一位同意的人，每个人也在打印件上签名。以后再次确认时，之前的版本都会保留。</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation>谁同意了</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>下次回顾日期</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>确认日期(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Who agreed</source>
        <translation>谁同意了(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>回顾日期(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>确认(&amp;A)</translation>
    </message>
</context>
<context>
    <name>AgreementLineDialog</name>
    <message>
        <source>Change a line</source>
        <translation>修改一条</translation>
    </message>
    <message>
        <source>Write your own line</source>
        <translation>自己写一条</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>The line, in your own words</source>
        <translation>这一条，用您自己的话</translation>
    </message>
    <message>
        <source>e.g. Phones charge in the kitchen at night</source>
        <translation>例如：晚上手机放在厨房充电</translation>
    </message>
    <message>
        <source>Write it so the youngest child it is for can read it. Short is good.</source>
        <translation>写得让这条约定针对的最小的孩子也能读懂。简短就好。</translation>
    </message>
    <message>
        <source>Only for these children</source>
        <translation>只针对这些孩子</translation>
    </message>
    <message>
        <source>Tick nobody for a line that is for everyone.</source>
        <translation>如果这一条适用于所有人，就不用勾选任何人。</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>部分(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>内容(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>针对(&amp;F)</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>约定</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>&amp;Add to our agreement</source>
        <translation>加入我们的约定(&amp;A)</translation>
    </message>
    <message>
        <source>Suggestions for your children&apos;s ages</source>
        <translation>适合您孩子年龄的建议</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>我们的约定</translation>
    </message>
    <message>
        <source>&amp;Write your own…</source>
        <translation>自己写一条(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>下移(&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;gree it together…</source>
        <translation>一起确认(&amp;G)…</translation>
    </message>
    <message>
        <source>We looked at it and &amp;kept it</source>
        <translation>我们看过了，保持不变(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Print to sign…</source>
        <translation>打印以签名(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Times, places and devices…</source>
        <translation>时间、地点和设备(&amp;T)…</translation>
    </message>
    <message>
        <source>Trusted adu&amp;lts…</source>
        <translation>信任的大人(&amp;L)…</translation>
    </message>
    <message>
        <source>The family&apos;s own rules for being online, written down and agreed together, with what the grown-ups promise in return. Pick from the suggestions or write your own.</source>
        <translation>全家一起写下并同意的上网规则，以及大人们作为回报做出的承诺。可以从建议中挑选，也可以自己写。</translation>
    </message>
    <message>
        <source>Not written yet. Start with a few lines from the suggestions.</source>
        <translation>还没有写。先从建议中选几条开始吧。</translation>
    </message>
    <message>
        <source>Not agreed yet. When it reads right, agree it together.</source>
        <translation>还没有确认。读起来合适时，全家一起确认。</translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date} by {names}. Look at it again by {review}.</source>
        <translation>第 {number} 版，{date} 由 {names} 确认。请在 {review} 之前再看一次。</translation>
    </message>
    <message>
        <source>You have changed it since: agree it again to make it count.</source>
        <translation>之后有过修改：请再次确认，才能生效。</translation>
    </message>
    <message>
        <source>{text} (for {names})</source>
        <translation>{text}（针对 {names}）</translation>
    </message>
    <message>
        <source>{text} (suits {names})</source>
        <translation>{text}（适合 {names}）</translation>
    </message>
    <message>
        <source>Noted. FamilySafe will bring the agreement back in three months.</source>
        <translation>好的。FamilySafe 会在三个月后再提醒您看看约定。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FamilySafe cannot use its data folder: {reason}</source>
        <translation>FamilySafe 无法使用它的数据文件夹：{reason}</translation>
    </message>
    <message>
        <source>FamilySafe is already running for this data folder (it did not answer).</source>
        <translation>FamilySafe 已经在使用这个数据文件夹运行（它没有响应）。</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>恢复这个备份(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Something went wrong inside FamilySafe, and what you were doing may not have been saved. Please check it, and try again.</source>
        <translation>FamilySafe 内部出了问题，您刚才做的事情可能没有保存。请检查一下，然后再试一次。</translation>
    </message>
    <message>
        <source>What happened is written in {file} (without your family&apos;s names or notes), if you want to send it to someone who can help.</source>
        <translation>发生的情况已记录在 {file} 中（不含您家人的名字和笔记），如果您想把它发给能帮忙的人，可以使用这个文件。</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Apps {name} uses</source>
        <translation>{name} 使用的应用</translation>
    </message>
    <message>
        <source>Tick the apps, games and devices {name} uses. Each one brings its privacy checklist and the topics that go with what it can do.</source>
        <translation>勾选 {name} 使用的应用、游戏和设备。每一项都附带隐私清单，以及与其功能相关的话题。</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>搜索应用、游戏和设备</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>搜索应用</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>应用、游戏和设备</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>已勾选</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>未勾选</translation>
    </message>
</context>
<context>
    <name>AppRow</name>
    <message>
        <source>{age}+</source>
        <translation>{age}+</translation>
    </message>
    <message>
        <source>{age}+ ⚠</source>
        <translation>{age}+ ⚠</translation>
    </message>
    <message>
        <source>Its minimum age is {age}: above your child&apos;s age.</source>
        <translation>它的最低年龄是 {age} 岁：高于孩子的年龄。</translation>
    </message>
    <message>
        <source>Minimum age {age}</source>
        <translation>最低年龄 {age} 岁</translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>App details</source>
        <translation>应用详情</translation>
    </message>
    <message>
        <source>Minimum age in its terms: {age}</source>
        <translation>其条款中的最低年龄：{age} 岁</translation>
    </message>
    <message>
        <source>No minimum age in its terms</source>
        <translation>其条款中没有最低年龄</translation>
    </message>
    <message>
        <source>Where the law or its terms differ: {list}</source>
        <translation>法律或条款有不同规定的地方：{list}</translation>
    </message>
    <message>
        <source>Age rating: {rating}</source>
        <translation>年龄分级：{rating}</translation>
    </message>
    <message>
        <source>Ages for features</source>
        <translation>各功能的年龄</translation>
    </message>
    <message>
        <source>Parental tool: {tool}</source>
        <translation>家长工具：{tool}</translation>
    </message>
    <message>
        <source>Features to know about</source>
        <translation>值得了解的功能</translation>
    </message>
    <message>
        <source>Privacy and safety checklist</source>
        <translation>隐私和安全清单</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>{age} 岁起。</translation>
    </message>
    <message>
        <source>Reporting in the app</source>
        <translation>在应用内举报</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>信息核实于 {date}。应用经常更改菜单：如果路径不同，请在附近找相同的字样。</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps &amp; privacy</source>
        <translation>应用和隐私</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>搜索应用、游戏和设备</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>&amp;Add to a child&apos;s apps</source>
        <translation>添加到孩子的应用(&amp;A)</translation>
    </message>
    <message>
        <source>Their privacy checklist for this app then appears on their page.</source>
        <translation>之后这个应用的隐私清单会出现在孩子的页面上。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What each app can do, its age limit, and the settings worth checking, with where to find them.</source>
        <translation>每个应用能做什么、年龄限制，以及值得检查的设置和它们的位置。</translation>
    </message>
    <message>
        <source>{name} ({age}+)</source>
        <translation>{name}（{age}+）</translation>
    </message>
    <message>
        <source>Add a child on the Family page first</source>
        <translation>请先在“家庭”页面添加一个孩子</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>{name}（已添加）</translation>
    </message>
    <message>
        <source>Added to {name}&apos;s apps: their checklist is on the Family page.</source>
        <translation>已添加到 {name} 的应用：清单在“家庭”页面上。</translation>
    </message>
</context>
<context>
    <name>AppsTab</name>
    <message>
        <source>Apps they use</source>
        <translation>使用的应用</translation>
    </message>
    <message>
        <source>Ch&amp;oose apps…</source>
        <translation>选择应用(&amp;O)…</translation>
    </message>
    <message>
        <source>Which apps do they use?</source>
        <translation>他们使用哪些应用？</translation>
    </message>
    <message>
        <source>Add the apps, games and devices your child uses. Each one brings a short checklist of privacy settings, with where to find them, and the topics that matter for what the app can do.</source>
        <translation>添加孩子使用的应用、游戏和设备。每一项都附带一份简短的隐私设置清单，说明在哪里找到它们，以及与该应用功能相关的话题。</translation>
    </message>
    <message>
        <source>Choose apps</source>
        <translation>选择应用</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place</source>
        <translation>已设置 {done}/{total} 项</translation>
    </message>
    <message>
        <source>Re-check due: {count}</source>
        <translation>需要重新检查：{count}</translation>
    </message>
    <message>
        <source>⚠ Minimum age {age}</source>
        <translation>⚠ 最低年龄 {age} 岁</translation>
    </message>
    <message>
        <source>⚠ {rule}</source>
        <translation>⚠ {rule}</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>需要以下参数之一：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>已忽略显式参数 %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>有歧义的选项：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>意外的选项：%s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>需要 %n 个参数</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>FamilySafe backs up your data on the first change of each day, into the backups folder inside the data folder. It keeps one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>FamilySafe 会在每天第一次有改动时备份您的数据，存放在数据文件夹里的备份文件夹中。两周内每天保留一份，三个月内每周保留一份，一年内每月保留一份。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Back up no&amp;w</source>
        <translation>立即备份(&amp;W)</translation>
    </message>
    <message>
        <source>Restore the chosen bac&amp;kup…</source>
        <translation>恢复所选备份(&amp;K)…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>恢复这个备份吗？</translation>
    </message>
    <message>
        <source>Your data will be as it was on {date} at {time}: {members} people and {talks} talks, with their apps, checklists, agreement and settings from then. Changes made since will be replaced. What you have now is backed up first, so you can come back to it.</source>
        <translation>您的数据将恢复到 {date} {time} 时的样子：{members} 人、{talks} 次谈话，以及当时的应用、清单、约定和设置。之后所做的更改会被替换。恢复前会先备份您现在的数据，以便您还能回到现在的状态。</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>恢复这个备份(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to my calendar</source>
        <translation>添加到我的日历</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.

Open this file with your calendar app to add them. Saving it again later and opening it updates the same events rather than adding copies.</source>
        <translation>已将 {count} 个日程保存到 {path}。

用您的日历应用打开这个文件即可添加。以后再次保存并打开，会更新相同的日程，而不是添加副本。</translation>
    </message>
</context>
<context>
    <name>CheckInGroup</name>
    <message>
        <source>Family check-in</source>
        <translation>家庭交流时间</translation>
    </message>
    <message>
        <source>A few minutes, regularly, when the family talks about what is happening online.</source>
        <translation>定期花几分钟，全家聊聊网上发生的事。</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>频率</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>每月一次</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>每月的第几周</translation>
    </message>
    <message>
        <source>First</source>
        <translation>第一周</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>第二周</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>第三周</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>第四周</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最后一周</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>交流时间</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation>下一次：{date} {time}</translation>
    </message>
</context>
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>Privacy checklists</source>
        <translation>隐私清单</translation>
    </message>
    <message>
        <source>Re-check settings every so many months</source>
        <translation>每隔几个月重新检查设置</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Re-check &amp;settings every</source>
        <translation>每隔多久重新检查设置(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>I looked again: still in place</source>
        <translation>我又看了一次：仍然有效</translation>
    </message>
    <message>
        <source>From age {age}: not yet for {name}.</source>
        <translation>{age} 岁起：{name} 还不需要。</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: our advice for this setting changed since, please look again.</source>
        <translation>自 {date} 起已设置；需要重新检查：我们对这项设置的建议之后有了变化，请再看一次。</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: settings drift, time to look again.</source>
        <translation>自 {date} 起已设置；需要重新检查：设置会随时间变化，该再看一次了。</translation>
    </message>
    <message>
        <source>Done on {date}. Look again by {recheck}.</source>
        <translation>已于 {date} 完成。请在 {recheck} 之前再看一次。</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>尚未完成。</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Privacy checklist</source>
        <translation>隐私清单</translation>
    </message>
    <message>
        <source>{app} asks its users to be at least {min_age}; {name} is {age}. Age limits are set because of who can make contact and what can be seen. You know {name} best: if they use it, the settings below make it safer, and a talk about why the limit exists helps.</source>
        <translation>{app} 要求用户至少 {min_age} 岁；{name} 现在 {age} 岁。设定年龄限制是因为谁能联系孩子、孩子能看到什么。您最了解 {name}：如果孩子在使用它，下面的设置能让它更安全，聊一聊为什么有这个限制也会有帮助。</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}：{rule}</translation>
    </message>
    <message>
        <source>Age rules for {app}</source>
        <translation>{app} 的年龄规定</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place.</source>
        <translation>已设置 {done}/{total} 项。</translation>
    </message>
    <message>
        <source>Re-check due: {count}.</source>
        <translation>需要重新检查：{count}。</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>信息核实于 {date}。应用经常更改菜单：如果路径不同，请在附近找相同的字样。</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message numerus="yes">
        <source>%n of {total} settings in place</source>
        <translation>
            <numerusform>已设置 %n/{total} 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week. Next talk: {date}.</source>
        <translation>本周没有待办事项。下次谈话：{date}。</translation>
    </message>
    <message>
        <source>Next talk: {date}.</source>
        <translation>下次谈话：{date}。</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>The child&apos;s page</source>
        <translation>孩子的页面</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>聊些什么</translation>
    </message>
    <message>
        <source>Apps and privacy</source>
        <translation>应用和隐私</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>Age {years} · {band} · born {born}</source>
        <translation>{years} 岁 · {band} · 出生于 {born}</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Not yet translated into your language: shown in English.</source>
        <translation>尚未翻译成您的语言：以英文显示。</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <source>Your data</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>FamilySafe keeps everything in this folder on this computer and sends nothing anywhere. Back it up with your other files.</source>
        <translation>FamilySafe 把所有内容都保存在这台电脑的这个文件夹里，不向任何地方发送任何东西。请和其他文件一起备份它。</translation>
    </message>
    <message>
        <source>Op&amp;en the folder</source>
        <translation>打开文件夹(&amp;E)</translation>
    </message>
    <message>
        <source>This computer has no program that opens folders. The folder is: {folder}</source>
        <translation>这台电脑没有可以打开文件夹的程序。文件夹位置：{folder}</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>FamilySafe is still running</source>
        <translation>FamilySafe 仍在运行</translation>
    </message>
    <message>
        <source>It stays here in the tray to remind you when a talk or a check-in is due. To close it completely, choose Quit from this icon&apos;s menu, or turn reminders off in Settings.</source>
        <translation>它会留在系统托盘中，在该谈话或家庭交流时提醒您。要完全关闭它，请在这个图标的菜单中选择“退出”，或在“设置”中关闭提醒。</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy for {home}</source>
        <translation>{home} 的副本</translation>
    </message>
    <message>
        <source>Our family agreement</source>
        <translation>我们的家庭约定</translation>
    </message>
    <message>
        <source>The agreement has no lines yet.</source>
        <translation>约定中还没有内容。</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date}.</source>
        <translation>第 {version} 版，确认于 {date}。</translation>
    </message>
    <message>
        <source>We will look at it again by {date}.</source>
        <translation>我们会在 {date} 之前再看一次。</translation>
    </message>
    <message>
        <source>Draft, not agreed yet: read it together, change what does not work, then sign it.</source>
        <translation>草稿，尚未确认：一起读一读，修改不合适的地方，然后签名。</translation>
    </message>
    <message>
        <source>It will replace version {version}.</source>
        <translation>它将取代第 {version} 版。</translation>
    </message>
    <message>
        <source>The parents and carers promise the children:</source>
        <translation>父母和看护人向孩子们承诺：</translation>
    </message>
    <message>
        <source>(for all the children)</source>
        <translation>（针对所有孩子）</translation>
    </message>
    <message>
        <source>(for {names})</source>
        <translation>（针对 {names}）</translation>
    </message>
    <message>
        <source>We talked about this agreement together and we agree to it.</source>
        <translation>我们一起讨论了这份约定，并且同意它。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>{topic}: {band}</source>
        <translation>{topic}：{band}</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Pick a card at dinner, in the car or at bedtime, and listen more than you talk.</source>
        <translation>沿虚线剪开。在晚饭时、车上或睡前抽一张卡片，多听少说。</translation>
    </message>
    <message>
        <source>Looking after {names}</source>
        <translation>照看 {names}</translation>
    </message>
    <message>
        <source>Looking after the children</source>
        <translation>照看孩子们</translation>
    </message>
    <message>
        <source>Thank you for looking after the children. This sheet has what you need to know about their time online, and what to do if something worries you.</source>
        <translation>感谢您照看孩子们。这张纸上有您需要了解的关于他们上网的信息，以及遇到让您担心的事情时该怎么做。</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>紧急情况请拨打 {number}。</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>如何联系我们</translation>
    </message>
    <message>
        <source>Backup contact (neighbour, relative)</source>
        <translation>备用联系人（邻居、亲戚）</translation>
    </message>
    <message>
        <source>Where we are, and when we are back</source>
        <translation>我们在哪里，什么时候回来</translation>
    </message>
    <message>
        <source>Our address, for emergency services</source>
        <translation>我们的地址（供急救人员使用）</translation>
    </message>
    <message>
        <source>devices go to bed at {time}</source>
        <translation>设备 {time} 睡觉</translation>
    </message>
    <message>
        <source>no screens: {places}</source>
        <translation>不用屏幕：{places}</translation>
    </message>
    <message>
        <source>games and videos: {time}</source>
        <translation>游戏和视频：{time}</translation>
    </message>
    <message>
        <source>Secrecy about a device or a game.</source>
        <translation>对某个设备或游戏遮遮掩掩。</translation>
    </message>
    <message>
        <source>Sudden changes in mood or sleep.</source>
        <translation>情绪或睡眠突然变化。</translation>
    </message>
    <message>
        <source>Gifts or money they cannot explain.</source>
        <translation>说不清来历的礼物或钱。</translation>
    </message>
    <message>
        <source>A new, older “friend” from online.</source>
        <translation>网上认识的一个年纪更大的新“朋友”。</translation>
    </message>
    <message>
        <source>Often these have another cause. Stay calm, do not question the child, and tell us.</source>
        <translation>这些往往另有原因。请保持冷静，不要追问孩子，并告诉我们。</translation>
    </message>
    <message>
        <source>Signs a child may be harmed online</source>
        <translation>孩子可能在网上受到伤害的迹象</translation>
    </message>
    <message>
        <source>If the children go online at your home, please turn on your home Wi-Fi or broadband filter (your provider&apos;s parental controls) and use the same settings on the devices they use there.</source>
        <translation>如果孩子在您家上网，请打开您家 Wi-Fi 或宽带的过滤功能（网络服务商的家长控制），并在他们在您家使用的设备上使用同样的设置。</translation>
    </message>
    <message>
        <source>Devices at your home:</source>
        <translation>您家里的设备：</translation>
    </message>
    <message>
        <source>At your home</source>
        <translation>在您家</translation>
    </message>
    <message>
        <source>For every child</source>
        <translation>针对每个孩子</translation>
    </message>
    <message>
        <source>Also for {names}</source>
        <translation>另外针对 {names}</translation>
    </message>
    <message>
        <source>Our rules</source>
        <translation>我们的规则</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Devices: {names}</source>
        <translation>设备：{names}</translation>
    </message>
    <message>
        <source>Apps and devices</source>
        <translation>应用和设备</translation>
    </message>
    <message>
        <source>Our limits</source>
        <translation>我们的限制</translation>
    </message>
    <message>
        <source>Privacy settings in place</source>
        <translation>已设置的隐私设置</translation>
    </message>
    <message>
        <source>None marked as done in FamilySafe yet</source>
        <translation>在 FamilySafe 中还没有标记为已完成的项目</translation>
    </message>
    <message>
        <source>re-check due</source>
        <translation>需要重新检查</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>该怎么做</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>请不要</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>保留发生的事情</translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation>告诉谁</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>When the moment has passed</source>
        <translation>当时过境迁之后</translation>
    </message>
    <message>
        <source>Helplines and where to report ({country})</source>
        <translation>求助热线和举报渠道（{country}）</translation>
    </message>
    <message>
        <source>Emergency: {number}</source>
        <translation>紧急电话：{number}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>儿童</translation>
    </message>
    <message>
        <source>Parents, carers</source>
        <translation>父母、看护人</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what you talked about, what is due, and how each app is set up.</source>
        <translation>给父母：接下来聊什么、已经聊过什么、有哪些待办，以及每个应用的设置情况。</translation>
    </message>
    <message>
        <source>This copy includes the private notes from your talks. Keep it somewhere safe.</source>
        <translation>这份副本包含您谈话的私人笔记。请妥善保管。</translation>
    </message>
    <message>
        <source>Private notes from your talks are not included.</source>
        <translation>不包含谈话的私人笔记。</translation>
    </message>
    <message>
        <source>{name} · {band} · {age} years old</source>
        <translation>{name} · {band} · {age} 岁</translation>
    </message>
    <message>
        <source>What to talk about next</source>
        <translation>接下来聊什么</translation>
    </message>
    <message>
        <source>Nothing to suggest at this age.</source>
        <translation>这个年龄暂时没有建议。</translation>
    </message>
    <message>
        <source>last talked about on {date}</source>
        <translation>上次谈到是在 {date}</translation>
    </message>
    <message>
        <source>not talked about yet</source>
        <translation>还没有谈过</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>已经聊过的内容</translation>
    </message>
    <message>
        <source>No talks logged yet.</source>
        <translation>还没有记录任何谈话。</translation>
    </message>
    <message>
        <source>How it went, and notes</source>
        <translation>谈话情况和笔记</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>谈话情况</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>与 {names}</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>笔记：</translation>
    </message>
    <message>
        <source>Earlier talks: {count}, the first on {date}.</source>
        <translation>更早的谈话：{count} 次，第一次在 {date}。</translation>
    </message>
    <message>
        <source>Overdue and coming up</source>
        <translation>已逾期和即将到来</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>没有待办事项。做得很好。</translation>
    </message>
    <message>
        <source>Privacy settings by app</source>
        <translation>各应用的隐私设置</translation>
    </message>
    <message>
        <source>No apps added yet.</source>
        <translation>还没有添加应用。</translation>
    </message>
    <message>
        <source>asks users to be at least {age}</source>
        <translation>要求用户至少 {age} 岁</translation>
    </message>
    <message>
        <source>Not needed at this age yet</source>
        <translation>这个年龄还不需要</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: the advice changed</source>
        <translation>自 {date} 起已设置；需要重新检查：建议已变化</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due</source>
        <translation>自 {date} 起已设置；需要重新检查</translation>
    </message>
    <message>
        <source>Done {date}; re-check by {recheck}</source>
        <translation>已于 {date} 完成；请在 {recheck} 之前重新检查</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>没有未完成的后续事项。</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>自 {date} 起逾期</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>{date} 之前</translation>
    </message>
    <message>
        <source>Next family check-in: {date}</source>
        <translation>下次家庭交流：{date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>{time}</translation>
    </message>
    <message>
        <source>Look at the family agreement (version {version}) again by {date}</source>
        <translation>请在 {date} 之前再看一次家庭约定（第 {version} 版）</translation>
    </message>
    <message>
        <source>The family agreement has not been agreed yet.</source>
        <translation>家庭约定还没有确认。</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>针对全家</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>家庭约定</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>看护人须知</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>家庭计划</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>谈话卡片</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>我们的家庭</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>自 {date} 起逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <source>Our times, places and devices</source>
        <translation>我们的时间、地点和设备</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>What to do if worried</source>
        <translation>担心时该怎么做</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>求助热线</translation>
    </message>
    <message>
        <source>{title} {date}.pdf</source>
        <translation>{title} {date}.pdf</translation>
    </message>
    <message>
        <source>The apps, games and devices we use</source>
        <translation>我们使用的应用、游戏和设备</translation>
    </message>
    <message>
        <source>No screens: {places}.</source>
        <translation>不用屏幕：{places}。</translation>
    </message>
    <message>
        <source>Devices go to bed at {time}.</source>
        <translation>设备 {time} 睡觉。</translation>
    </message>
    <message>
        <source>Games and videos: {time}.</source>
        <translation>游戏和视频：{time}。</translation>
    </message>
    <message>
        <source>Sleep and moving about come first, every day, before screens.</source>
        <translation>每天都先保证睡觉和活动身体，再用屏幕。</translation>
    </message>
    <message>
        <source>Our times and places</source>
        <translation>我们的时间和地点</translation>
    </message>
    <message>
        <source>Grown-ups we trust, who we can always tell:</source>
        <translation>我们信任、什么都可以告诉的大人：</translation>
    </message>
    <message>
        <source>If you want to talk to someone outside the family: {who}.</source>
        <translation>如果你想和家人以外的人聊聊：{who}。</translation>
    </message>
    <message>
        <source>People we can talk to</source>
        <translation>我们可以倾诉的人</translation>
    </message>
</context>
<context>
    <name>DocumentsGroup</name>
    <message>
        <source>Printed documents</source>
        <translation>打印的文件</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>家庭名称</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>例如：王家</translation>
    </message>
    <message>
        <source>How carers reach you</source>
        <translation>看护人如何联系您</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>例如：妈妈：138 0013 8000</translation>
    </message>
    <message>
        <source>Author written into PDF files</source>
        <translation>写入 PDF 文件的作者</translation>
    </message>
    <message>
        <source>Left out unless you fill it in</source>
        <translation>不填写就不写入</translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation>家庭名称(&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ontact line for carers</source>
        <translation>看护人联系方式(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Author in PDF files</source>
        <translation>PDF 文件中的作者(&amp;A)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>As usual in our country</source>
        <translation>按我们国家的惯例</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>没有待办事项。做得很好。</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>已推迟到 {date}。</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>其他话题</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>一周后再提醒</translation>
    </message>
    <message>
        <source>Log the talk…</source>
        <translation>记录这次谈话…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>打开约定</translation>
    </message>
    <message>
        <source>See the new topics</source>
        <translation>查看新话题</translation>
    </message>
    <message>
        <source>You could start with: “{starter}”</source>
        <translation>可以这样开始：“{starter}”</translation>
    </message>
    <message numerus="yes">
        <source>{settings}; and %n more</source>
        <translation>
            <numerusform>{settings}；还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>New topics: {titles}</source>
        <translation>新话题：{titles}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name. A nickname is enough.</source>
        <translation>请输入名字。昵称就可以。</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>名字最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A name can hold letters, numbers, spaces and punctuation, but no invisible or control characters. Please type it again.</source>
        <translation>名字可以包含字母、数字、空格和标点，但不能有不可见字符或控制字符。请重新输入。</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household.</source>
        <translation>家里已经有一个叫“{name}”的人了。</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth month (year and month).</source>
        <translation>请输入孩子的出生年月（年份和月份）。</translation>
    </message>
    <message>
        <source>“{born}” is not a birth month: use YYYY-MM or YYYY-MM-DD.</source>
        <translation>“{born}”不是出生年月：请使用 YYYY-MM 或 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The birth month {born} is in the future.</source>
        <translation>出生年月 {born} 在将来。</translation>
    </message>
    <message>
        <source>Someone born in {born} is over {limit}: please add them as an adult.</source>
        <translation>出生于 {born} 的人已超过 {limit} 岁：请把他们添加为成人。</translation>
    </message>
    <message>
        <source>There is no one called “{name}” in the household.</source>
        <translation>家里没有叫“{name}”的人。</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of FamilySafe (schema {found}; this version knows {known}). Please update FamilySafe to open it. Nothing was changed.</source>
        <translation>这些数据是由更新版本的 FamilySafe 保存的（结构版本 {found}；这个版本只认识 {known}）。请更新 FamilySafe 后再打开。没有做任何更改。</translation>
    </message>
    <message>
        <source>That month does not have that day.</source>
        <translation>那个月没有这一天。</translation>
    </message>
    <message>
        <source>Adults have no birth month in FamilySafe.</source>
        <translation>在 FamilySafe 中，成人没有出生年月。</translation>
    </message>
    <message>
        <source>Removing someone deletes everything about them; backups keep them until they rotate out (add --from-backups to remove them from backups too): add --yes to confirm.</source>
        <translation>删除某人会清除与此人有关的一切；备份会保留此人的信息，直到这些备份被新的替换（加上 --from-backups 可同时从备份中删除）：加上 --yes 以确认。</translation>
    </message>
    <message>
        <source>There is no topic “{id}”. See: familysafe topic list</source>
        <translation>没有话题“{id}”。请查看：familysafe topic list</translation>
    </message>
    <message>
        <source>There is no app “{id}”. See: familysafe app catalogue</source>
        <translation>没有应用“{id}”。请查看：familysafe app catalogue</translation>
    </message>
    <message>
        <source>FamilySafe has no helplines for the country code “{country}” yet.</source>
        <translation>FamilySafe 还没有国家/地区代码“{country}”的求助热线。</translation>
    </message>
    <message>
        <source>“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+.</source>
        <translation>“{band}”不是年龄段：请使用 0-4、5-7、8-10、11-12、13-15、16-17 或 18+。</translation>
    </message>
    <message>
        <source>The topic “{id}” is not written for ages {band}; it suits {bands}.</source>
        <translation>话题“{id}”不是为 {band} 岁写的；它适合 {bands}。</translation>
    </message>
    <message>
        <source>Tick at least one person who took part.</source>
        <translation>请至少勾选一位参与者。</translation>
    </message>
    <message>
        <source>Tick at least one topic you talked about.</source>
        <translation>请至少勾选一个谈到的话题。</translation>
    </message>
    <message>
        <source>Write what you will do next in a few words (at most {limit} letters and spaces).</source>
        <translation>用几个字写下接下来要做什么（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>{name} is an adult: this is for children.</source>
        <translation>{name} 是成人：这是给孩子用的。</translation>
    </message>
    <message>
        <source>{name} does not use “{id}”.</source>
        <translation>{name} 没有使用“{id}”。</translation>
    </message>
    <message>
        <source>{app} has no checklist item “{id}”.</source>
        <translation>{app} 没有清单项目“{id}”。</translation>
    </message>
    <message>
        <source>Nothing due has the key “{key}”. See: familysafe due --json</source>
        <translation>没有键为“{key}”的待办事项。请查看：familysafe due --json</translation>
    </message>
    <message>
        <source>Log a talk to mark this done.</source>
        <translation>记录一次谈话才能把它标记为完成。</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 在将来。</translation>
    </message>
    <message>
        <source>Write the line in a few words (at most {limit} letters and spaces).</source>
        <translation>用几个字写下这一条（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <source>A line must be one line, without line breaks or control characters.</source>
        <translation>一条约定必须只有一行，不能有换行或控制字符。</translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own words (one of the two).</source>
        <translation>请选择一条建议，或者写下您自己的话（二选一）。</translation>
    </message>
    <message>
        <source>The suggestion “{id}” is already in the agreement.</source>
        <translation>建议“{id}”已经在约定中了。</translation>
    </message>
    <message>
        <source>There is no agreement section “{id}”. See: familysafe agreement suggestions</source>
        <translation>约定中没有部分“{id}”。请查看：familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The section “{section}” has no suggestion “{id}”. See: familysafe agreement suggestions</source>
        <translation>部分“{section}”中没有建议“{id}”。请查看：familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The agreement has no line {id}. See: familysafe agreement show</source>
        <translation>约定中没有第 {id} 条。请查看：familysafe agreement show</translation>
    </message>
    <message>
        <source>That section has {count} lines: choose a place among them.</source>
        <translation>这个部分有 {count} 条：请在其中选择一个位置。</translation>
    </message>
    <message>
        <source>Add at least one line to the agreement before agreeing it.</source>
        <translation>确认之前，请至少在约定中加入一条。</translation>
    </message>
    <message>
        <source>Say who agreed: at least one person from the household.</source>
        <translation>请说明谁同意了：至少一位家庭成员。</translation>
    </message>
    <message>
        <source>Version {version} was agreed on {date}: a new version cannot be agreed before it.</source>
        <translation>第 {version} 版于 {date} 确认：新版本不能在那之前确认。</translation>
    </message>
    <message>
        <source>The review date must be after {date}.</source>
        <translation>回顾日期必须在 {date} 之后。</translation>
    </message>
    <message>
        <source>Choose a review date within {years} years of {date}.</source>
        <translation>请选择 {date} 之后 {years} 年内的回顾日期。</translation>
    </message>
    <message>
        <source>The agreement has not been agreed yet. See: familysafe agreement agree</source>
        <translation>约定还没有确认。请查看：familysafe agreement agree</translation>
    </message>
    <message>
        <source>There is no version {version} of the agreement.</source>
        <translation>约定没有第 {version} 版。</translation>
    </message>
    <message>
        <source>Choose a text size of {sizes} per cent.</source>
        <translation>请选择 {sizes} 百分比的文字大小。</translation>
    </message>
    <message>
        <source>“{value}” is not a value for {key}: use {expected}.</source>
        <translation>“{value}”不是 {key} 的有效值：请使用 {expected}。</translation>
    </message>
    <message>
        <source>There is no setting “{key}” (see: familysafe settings list).</source>
        <translation>没有设置项“{key}”（请查看：familysafe settings list）。</translation>
    </message>
    <message>
        <source>Choose the paper: a4 or letter (not “{paper}”).</source>
        <translation>请选择纸张：a4 或 letter（而不是“{paper}”）。</translation>
    </message>
    <message>
        <source>FamilySafe is not translated into “{language}”. Choose one of: {languages}.</source>
        <translation>FamilySafe 没有“{language}”的翻译。请从以下选择：{languages}。</translation>
    </message>
    <message>
        <source>That is too long: at most {limit} characters.</source>
        <translation>太长了：最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>That text holds invisible or control characters (perhaps pasted from somewhere else). Please type it again.</source>
        <translation>这段文字包含不可见字符或控制字符（可能是从别处粘贴的）。请重新输入。</translation>
    </message>
    <message>
        <source>That text could not be read (it is not in UTF-8). Please type it again.</source>
        <translation>无法读取这段文字（它不是 UTF-8 编码）。请重新输入。</translation>
    </message>
    <message>
        <source>The date {date} is too long ago: please give a date from 1900 on.</source>
        <translation>日期 {date} 太早了：请输入 1900 年以后的日期。</translation>
    </message>
    <message>
        <source>A follow-up should be within {years} years: please choose a date by {limit}.</source>
        <translation>后续事项应在 {years} 年内：请选择 {limit} 之前的日期。</translation>
    </message>
    <message>
        <source>The FamilySafe data cannot be opened: {detail}</source>
        <translation>无法打开 FamilySafe 的数据：{detail}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}). The newest good backup is {id}: restore it with: {command}</source>
        <translation>{path} 中的 FamilySafe 数据已损坏（{reason}）。最新的完好备份是 {id}：可以用这个命令恢复：{command}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}) and there is no good backup to restore. Keep the file: it may still be repaired.</source>
        <translation>{path} 中的 FamilySafe 数据已损坏（{reason}），而且没有可以恢复的完好备份。请保留这个文件：它也许还能修复。</translation>
    </message>
    <message>
        <source>Another program kept the FamilySafe data locked for more than {seconds} seconds, so this was not saved. Try again in a moment.</source>
        <translation>另一个程序锁定 FamilySafe 数据超过 {seconds} 秒，所以这次没有保存。请稍后再试。</translation>
    </message>
    <message>
        <source>FamilySafe is open in a window: close it first, then restore.</source>
        <translation>FamilySafe 正在一个窗口中打开：请先关闭它，再进行恢复。</translation>
    </message>
    <message>
        <source>There is no backup “{id}”. See: familysafe backup list</source>
        <translation>没有备份“{id}”。请查看：familysafe backup list</translation>
    </message>
    <message>
        <source>The backup {id} is damaged and cannot be restored. Choose another one.</source>
        <translation>备份 {id} 已损坏，无法恢复。请选择另一个。</translation>
    </message>
    <message>
        <source>The backup failed its check and was not kept: {detail}</source>
        <translation>备份没有通过检查，未被保留：{detail}</translation>
    </message>
    <message>
        <source>Restoring puts the backup {id} in place of your data (which is backed up first): add --yes to confirm.</source>
        <translation>恢复会用备份 {id} 替换您的数据（会先备份现有数据）：加上 --yes 以确认。</translation>
    </message>
    <message>
        <source>Could not save {path}: that is a device or a pipe, not a file. Nothing was saved.</source>
        <translation>无法保存 {path}：它是一个设备或管道，不是文件。没有保存任何内容。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was saved.</source>
        <translation>文件夹 {folder} 不存在。没有保存任何内容。</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was saved.</source>
        <translation>无法保存 {path}：{reason}。没有保存任何内容。</translation>
    </message>
    <message>
        <source>“{kind}” is not a document FamilySafe makes: use agreement, carer, plan or cards.</source>
        <translation>“{kind}”不是 FamilySafe 能制作的文件：请使用 agreement、carer、plan 或 cards。</translation>
    </message>
    <message>
        <source>“{id}” is not a section of this document; choose from: {sections}.</source>
        <translation>“{id}”不是这份文件的部分；请从以下选择：{sections}。</translation>
    </message>
    <message>
        <source>Choose a topic for the conversation cards. See: familysafe topic list</source>
        <translation>请为谈话卡片选择一个话题。请查看：familysafe topic list</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: add a child first.</source>
        <translation>还没有可以放进日历的内容：请先添加一个孩子。</translation>
    </message>
    <message>
        <source>Could not change starting FamilySafe at login: {reason}</source>
        <translation>无法更改登录时启动 FamilySafe 的设置：{reason}</translation>
    </message>
    <message>
        <source>that file or folder is not there</source>
        <translation>那个文件或文件夹不在那里</translation>
    </message>
    <message>
        <source>this computer does not allow FamilySafe to write there</source>
        <translation>这台电脑不允许 FamilySafe 在那里写入</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>that place can only be read, not written to</source>
        <translation>那个位置只能读取，不能写入</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>那是一个文件夹，不是文件</translation>
    </message>
    <message>
        <source>that name is too long for this computer</source>
        <translation>这个名称对这台电脑来说太长了</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>那里已经有同名的东西了</translation>
    </message>
    <message>
        <source>the computer could not do it</source>
        <translation>电脑无法完成这个操作</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or share</source>
        <translation>打印或分享</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>家庭名称</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>例如：王家</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>包含私人笔记(&amp;N)</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>如何联系您</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>例如：妈妈：138 0013 8000</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>备用联系人</translation>
    </message>
    <message>
        <source>e.g. Mrs Ito next door: 07700 900456</source>
        <translation>例如：隔壁的伊藤太太：07700 900456</translation>
    </message>
    <message>
        <source>Where we are, back when</source>
        <translation>我们在哪里，几点回来</translation>
    </message>
    <message>
        <source>e.g. At the theatre, back by 23:00</source>
        <translation>例如：在剧院，23:00 前回来</translation>
    </message>
    <message>
        <source>Home address for emergency services</source>
        <translation>家庭住址（供急救人员使用）</translation>
    </message>
    <message>
        <source>Not saved. Empty: a line to write it by hand</source>
        <translation>不会保存。留空：打印一条横线，手写填写</translation>
    </message>
    <message>
        <source>We live in two &amp;homes: one copy for each</source>
        <translation>我们住在两个家：每个家一份(&amp;H)</translation>
    </message>
    <message>
        <source>Names of the homes</source>
        <translation>两个家的名称</translation>
    </message>
    <message>
        <source>e.g. Mum&apos;s home, Dad&apos;s home</source>
        <translation>例如：妈妈家，爸爸家</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Words for ages</source>
        <translation>适合年龄的措辞</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>大字打印(&amp;L)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>美国信纸</translation>
    </message>
    <message>
        <source>&amp;Open the file after saving</source>
        <translation>保存后打开文件(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>文件(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>家庭名称(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>孩子(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>话题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Words for</source>
        <translation>措辞适合(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation>备用联系人(&amp;B)</translation>
    </message>
    <message>
        <source>Where we are, back b&amp;y</source>
        <translation>我们在哪里，几点回来(&amp;Y)</translation>
    </message>
    <message>
        <source>Home &amp;address</source>
        <translation>家庭住址(&amp;A)</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>两个家</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>纸张(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>保存 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>Print it on a printer of this computer</source>
        <translation>用这台电脑的打印机打印</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>家庭约定</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>看护人须知</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>家庭计划</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>谈话卡片</translation>
    </message>
    <message>
        <source>Your agreement, in words the children can read, with a place for everyone to sign.</source>
        <translation>你们的约定，用孩子们能读懂的话写成，并留有每个人签名的位置。</translation>
    </message>
    <message>
        <source>For grandparents and sitters: each child&apos;s apps and rules, the settings in place, what to do if something goes wrong, and who to call. No birth dates.</source>
        <translation>给祖父母和临时保姆：每个孩子的应用和规则、已设置的隐私设置、出了问题该怎么做、以及该打给谁。不包含出生日期。</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what was talked about, what is overdue, and each app&apos;s settings.</source>
        <translation>给父母：接下来聊什么、已经聊过什么、有哪些逾期事项，以及每个应用的设置。</translation>
    </message>
    <message>
        <source>One topic&apos;s conversation starters as cards to print and cut out.</source>
        <translation>把一个话题的开场白做成卡片，打印后剪下来。</translation>
    </message>
    <message>
        <source>No contact line: the handout will have blank lines for you to write how to reach you.</source>
        <translation>没有联系方式：须知上会留出空行，方便您手写联系方式。</translation>
    </message>
    <message>
        <source>The notes you wrote after talks will be in this file. Anyone who sees the file or the printout can read them.</source>
        <translation>您在谈话后写的笔记会出现在这个文件中。任何看到文件或打印件的人都能读到。</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n (the first {shown} shown).</source>
        <translation>
            <numerusform>共 %n 页（显示前 {shown} 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n.</source>
        <translation>
            <numerusform>共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is saved, but this computer has no program that opens it. It is in {folder}.</source>
        <translation>PDF 已保存，但这台电脑没有可以打开它的程序。它在 {folder}。</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>正在准备打印…</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>无法使用打印机。没有打印任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>已发送到打印机的页数：%n。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>部分(&amp;E)</translation>
    </message>
    <message>
        <source>Contact l&amp;ine</source>
        <translation>联系方式(&amp;I)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>已保存 {path}。页数：{pages}。</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>添加孩子(&amp;C)</translation>
    </message>
    <message>
        <source>Add an a&amp;dult or carer</source>
        <translation>添加成人或看护人(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <source>Who is in your family?</source>
        <translation>您家里有哪些人？</translation>
    </message>
    <message>
        <source>Start by adding your children. A first name or a nickname and the month they were born are all FamilySafe needs: it uses them to suggest what to talk about at their age. Then add the adults and carers who look after them. Everything stays on this computer.</source>
        <translation>先添加您的孩子。FamilySafe 只需要一个名字或昵称和出生月份：它用这些来建议在这个年龄聊些什么。然后添加照看他们的成人和看护人。所有内容都保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Add your first child</source>
        <translation>添加第一个孩子</translation>
    </message>
    <message>
        <source>The children and adults in your household. Children move to the next age band by themselves as they grow.</source>
        <translation>您家里的孩子和成人。孩子长大后会自动进入下一个年龄段。</translation>
    </message>
    <message>
        <source>{name} is an adult or carer. Adults can take part in talks and sign the family agreement; the carer handout is written for people like them.</source>
        <translation>{name} 是成人或看护人。成人可以参与谈话并在家庭约定上签名；看护人须知就是为这样的人写的。</translation>
    </message>
    <message>
        <source>{name}
Adult or carer</source>
        <translation>{name}
成人或看护人</translation>
    </message>
    <message>
        <source>{name}
{age} · {band}</source>
        <translation>{name}
{age} · {band}</translation>
    </message>
    <message>
        <source>This removes {name} and everything FamilySafe knows about them: their apps, checklists and the talks logged with them. It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>这会删除 {name} 以及 FamilySafe 中关于此人的所有信息：此人的应用、清单和一起记录的谈话。此操作无法撤销。备份会保留此人的信息，直到这些备份在一年内被替换；接下来您也可以把此人从备份中删除。</translation>
    </message>
    <message>
        <source>This removes {name} from the household and from the talks they took part in (a talk with no one else in it goes too). It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>这会把 {name} 从家庭成员和此人参与过的谈话中删除（没有其他参与者的谈话也会一并删除）。此操作无法撤销。备份会保留此人的信息，直到这些备份在一年内被替换；接下来您也可以把此人从备份中删除。</translation>
    </message>
    <message>
        <source>Remove {name} from the backups too?</source>
        <translation>也从备份中删除 {name} 吗？</translation>
    </message>
    <message>
        <source>The backups still hold {name}. Remove them from every backup now? Each backup is rewritten without them and checked; the rest of it stays.</source>
        <translation>备份中仍有 {name} 的信息。现在从所有备份中删除吗？每个备份都会去掉此人后重新写入并检查，其余内容保持不变。</translation>
    </message>
    <message>
        <source>Remove from the backups</source>
        <translation>从备份中删除</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>删除 {name}？</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>删除 {name}</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>The whole family</source>
        <translation>全家</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>age {years}</source>
        <translation>{years} 岁</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>Adult or carer</source>
        <translation>成人或看护人</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>立即求助</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>先打给谁</translation>
    </message>
    <message>
        <source>Take a breath. You are doing the right thing by acting. If a child is in danger right now, call the emergency number first.</source>
        <translation>先深呼吸。您采取行动是正确的。如果孩子现在有危险，请先拨打紧急电话。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国家/地区(&amp;C)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Helplines and reporting</source>
        <translation>求助热线和举报</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>In an emergency, call {number}</source>
        <translation>紧急情况请拨打 {number}</translation>
    </message>
    <message>
        <source>In an emergency call {number}</source>
        <translation>紧急情况请拨打 {number}</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>先做这些</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>请不要</translation>
    </message>
    <message>
        <source>Keeping evidence safely</source>
        <translation>安全地保留证据</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Who can help in {country}</source>
        <translation>在{country}可以帮忙的机构</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Talks logged</source>
        <translation>已记录的谈话</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>记录一次谈话(&amp;L)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>删除(&amp;T)…</translation>
    </message>
    <message>
        <source>No talks logged with {name} yet. After a talk, log it here.</source>
        <translation>还没有与 {name} 的谈话记录。谈话之后，在这里记录。</translation>
    </message>
    <message>
        <source>{date} · with {names}</source>
        <translation>{date} · 与 {names}</translation>
    </message>
    <message>
        <source>How it went: {text}</source>
        <translation>谈话情况：{text}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>{date} 之前</translation>
    </message>
    <message>
        <source>Follow-up: {text} ({state})</source>
        <translation>后续事项：{text}（{state}）</translation>
    </message>
    <message>
        <source>Delete this talk?</source>
        <translation>删除这次谈话？</translation>
    </message>
    <message>
        <source>This deletes the talk on {date}, its notes and its follow-ups. It cannot be undone.</source>
        <translation>这将删除 {date} 的谈话、它的笔记和后续事项。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete the talk</source>
        <translation>删除谈话</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first}和{last}</translation>
    </message>
</context>
<context>
    <name>LogTalkDialog</name>
    <message>
        <source>Edit a talk</source>
        <translation>编辑谈话</translation>
    </message>
    <message>
        <source>Log a talk</source>
        <translation>记录一次谈话</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>谈话日期</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>查找话题</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>谈到的话题</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>谈话情况</translation>
    </message>
    <message>
        <source>Optional: how it went, in a few words</source>
        <translation>可选：用几个字说说谈话情况</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>私人笔记</translation>
    </message>
    <message>
        <source>Optional private notes. They stay on this computer and never appear in reminders, and in printed plans only if you choose.</source>
        <translation>可选的私人笔记。它们保存在这台电脑上，不会出现在提醒中，只有在您选择时才会出现在打印的计划中。</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation>添加后续事项(&amp;F)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续事项</translation>
    </message>
    <message>
        <source>e.g. Turn off chat in Roblox together</source>
        <translation>例如：一起关闭 Roblox 中的聊天</translation>
    </message>
    <message>
        <source>Follow-up due by</source>
        <translation>后续事项截止日期</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>参与者(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>话题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>谈话情况(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>笔记(&amp;N)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} (sample family)</source>
        <translation>{app}（示例家庭）</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>立即求助</translation>
    </message>
    <message>
        <source>What to do if something has happened (F1)</source>
        <translation>发生了什么事时该怎么做 (F1)</translation>
    </message>
    <message>
        <source>Sample family: changes are not kept.</source>
        <translation>示例家庭：更改不会保存。</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>{page}（{keys}）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>记录一次谈话(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Print or share…</source>
        <translation>打印或分享(&amp;P)…</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation>添加到我的日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>转到</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>立即求助(&amp;G)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>编辑 {name}</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>A first name or a nickname</source>
        <translation>名字或昵称</translation>
    </message>
    <message>
        <source>A nickname is enough. FamilySafe never needs a full name.</source>
        <translation>昵称就可以。FamilySafe 从不需要全名。</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>孩子(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Adult or carer</source>
        <translation>成人或看护人(&amp;A)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>出生年份</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>出生月份</translation>
    </message>
    <message>
        <source>Day of birth (optional)</source>
        <translation>出生日期（可选）</translation>
    </message>
    <message>
        <source>Day not given</source>
        <translation>未填写日期</translation>
    </message>
    <message>
        <source>The month is enough: FamilySafe uses it to know which advice fits their age, and moves them on as they grow.</source>
        <translation>月份就够了：FamilySafe 用它判断哪些建议适合孩子的年龄，并随着孩子长大自动调整。</translation>
    </message>
    <message>
        <source>&amp;Born in</source>
        <translation>出生于(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名字(&amp;N)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>缩小 (Ctrl+减号)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>放大 (Ctrl+加号)</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>页面预览</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>第 {number} 页</translation>
    </message>
</context>
<context>
    <name>PlaceGroup</name>
    <message>
        <source>Country, language and text size</source>
        <translation>国家/地区、语言和文字大小</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>&amp;Country (for helplines)</source>
        <translation>国家/地区（用于求助热线）(&amp;C)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>电脑的语言</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>与这台电脑相同</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>文字大小(&amp;T)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Suits their age</source>
        <translation>适合其年龄</translation>
    </message>
    <message>
        <source>{feature} on {apps}</source>
        <translation>{apps} 上的{feature}</translation>
    </message>
    <message>
        <source>Not talked about yet</source>
        <translation>还没有谈过</translation>
    </message>
    <message>
        <source>Talked about this today</source>
        <translation>今天谈过这个</translation>
    </message>
    <message numerus="yes">
        <source>Talked about this %n day(s) ago</source>
        <translation>
            <numerusform>%n 天前谈过这个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worth revisiting every %n day(s)</source>
        <translation>
            <numerusform>建议每 %n 天再聊一次</numerusform>
        </translation>
    </message>
    <message>
        <source>{ago} ({every})</source>
        <translation>{ago}（{every}）</translation>
    </message>
    <message numerus="yes">
        <source>Due for another talk (%n day(s) past)</source>
        <translation>
            <numerusform>该再聊一次了（已过 %n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>New at their age: {band}</source>
        <translation>这个年龄的新内容：{band}</translation>
    </message>
    <message>
        <source>Follow-up still open: {text}</source>
        <translation>仍未完成的后续事项：{text}</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>家庭交流时间</translation>
    </message>
    <message>
        <source>Look at the family agreement again (agreed {date})</source>
        <translation>再看一次家庭约定（确认于 {date}）</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>与 {name} 谈话</translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to set up</source>
        <translation>
            <numerusform>{name} 的 {app}：%n 项设置待设置</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to re-check</source>
        <translation>
            <numerusform>{name} 的 {app}：%n 项设置待重新检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to check</source>
        <translation>
            <numerusform>{name} 的 {app}：%n 项设置待检查</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>后续事项：{text}</translation>
    </message>
    <message>
        <source>{name} is now in a new age band ({band})</source>
        <translation>{name} 现在进入了新的年龄段（{band}）</translation>
    </message>
    <message>
        <source>{name} moves into a new age band ({band})</source>
        <translation>{name} 即将进入新的年龄段（{band}）</translation>
    </message>
    <message>
        <source>Suggested topic: “{topic}”</source>
        <translation>建议话题：“{topic}”</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>自 {date} 起</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>%n 次谈话</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) to check</source>
        <translation>
            <numerusform>%n 个应用待检查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s)</source>
        <translation>
            <numerusform>还有 %n 件事</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>%n 件事待办</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A follow-up from a talk is due</source>
        <translation>一项谈话的后续事项到期了</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>您的孩子</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>家庭交流时间</translation>
    </message>
    <message>
        <source>Time for your family check-in: a few minutes on what everyone has been doing online.</source>
        <translation>家庭交流时间到了：花几分钟聊聊每个人最近在网上做了什么。</translation>
    </message>
    <message>
        <source>FamilySafe reminder</source>
        <translation>FamilySafe 提醒</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>FamilySafe: {count}</source>
        <translation>FamilySafe：{count}</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop</source>
        <translation>在桌面上显示提醒(&amp;R)</translation>
    </message>
    <message>
        <source>When the check-in time comes, and once a day for what is overdue. FamilySafe stays in the tray to show them.</source>
        <translation>到了家庭交流时间时提醒，并且每天提醒一次逾期事项。FamilySafe 会留在系统托盘中显示提醒。</translation>
    </message>
    <message>
        <source>Show children&apos;s &amp;names in reminders</source>
        <translation>在提醒中显示孩子的名字(&amp;N)</translation>
    </message>
    <message>
        <source>Turn off if others can see your screen. Notes are never shown.</source>
        <translation>如果别人能看到您的屏幕，请关闭。笔记从不显示。</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>每日提醒时间</translation>
    </message>
    <message>
        <source>Start FamilySafe when I log &amp;in</source>
        <translation>登录时启动 FamilySafe(&amp;I)</translation>
    </message>
    <message>
        <source>Add to &amp;my calendar…</source>
        <translation>添加到我的日历(&amp;M)…</translation>
    </message>
    <message>
        <source>It starts quietly in the tray, so reminders can reach you.</source>
        <translation>它会在系统托盘中安静启动，这样提醒才能送达。</translation>
    </message>
    <message>
        <source>Save a calendar file with the family check-in and the next talks and re-checks, to open in your calendar app. No private notes are included.</source>
        <translation>保存一个日历文件，包含家庭交流时间以及接下来的谈话和重新检查，可在日历应用中打开。不包含私人笔记。</translation>
    </message>
    <message>
        <source>&amp;Daily reminder at</source>
        <translation>每日提醒时间(&amp;D)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Changes apply at once. Everything stays on this computer.</source>
        <translation>更改立即生效。所有内容都保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>SpecificsDialog</name>
    <message>
        <source>Times, places and devices</source>
        <translation>时间、地点和设备</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>Screen-free places and times</source>
        <translation>不用屏幕的地点和时间</translation>
    </message>
    <message>
        <source>e.g. the kitchen table, meals, bedrooms</source>
        <translation>例如：厨房餐桌、吃饭时、卧室</translation>
    </message>
    <message>
        <source>Devices go to &amp;bed at</source>
        <translation>设备睡觉时间(&amp;B)</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>设备睡觉时间</translation>
    </message>
    <message>
        <source>How long games and videos last</source>
        <translation>游戏和视频的时长</translation>
    </message>
    <message>
        <source>e.g. 1 hour on school days, 2 at weekends</source>
        <translation>例如：上学日 1 小时，周末 2 小时</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>e.g. tablet, Nintendo Switch (commas between)</source>
        <translation>例如：平板电脑、Nintendo Switch（用逗号分隔）</translation>
    </message>
    <message>
        <source>Printed on the agreement and the carer handout. Leave a box empty to leave it out. For younger children the agreement also says that sleep and moving about come first.</source>
        <translation>会印在约定和看护人须知上。某一栏留空就不会印出。对于年幼的孩子，约定还会写明睡觉和活动身体放在第一位。</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>孩子(&amp;C)</translation>
    </message>
    <message>
        <source>Apps FamilySafe knows</source>
        <translation>FamilySafe 知道的应用</translation>
    </message>
    <message>
        <source>Screen-&amp;free</source>
        <translation>不用屏幕(&amp;F)</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>睡觉时间</translation>
    </message>
    <message>
        <source>&amp;Games and videos</source>
        <translation>游戏和视频(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>None added yet</source>
        <translation>还没有添加</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>已为 {name} 保存。</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Suggested topics</source>
        <translation>建议的话题</translation>
    </message>
    <message>
        <source>&amp;Log a talk about this…</source>
        <translation>记录关于这个话题的谈话(&amp;L)…</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>打开指南(&amp;G)</translation>
    </message>
    <message>
        <source>Last talked about on {date}</source>
        <translation>上次谈到是在 {date}</translation>
    </message>
</context>
<context>
    <name>TalksGroup</name>
    <message>
        <source>Talks with each child</source>
        <translation>与每个孩子的谈话</translation>
    </message>
    <message>
        <source>A child is due a talk when none has been logged with them for this long. Short, regular talks work better than rare long ones.</source>
        <translation>如果这么长时间没有记录与孩子的谈话，就该和孩子聊聊了。简短而经常的谈话比偶尔的长谈效果更好。</translation>
    </message>
    <message>
        <source>Talk with each child</source>
        <translation>与每个孩子谈话</translation>
    </message>
    <message>
        <source>For e&amp;veryone</source>
        <translation>所有人(&amp;V)</translation>
    </message>
    <message>
        <source>As for the family</source>
        <translation>与全家相同</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>每两周</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>每两个月</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>每三个月</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>与 {name} 谈话</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>没有待办事项</translation>
    </message>
    <message>
        <source>When a talk, a settings check or a family check-in is due, it shows here. Add your children and the apps they use to get started.</source>
        <translation>当需要谈话、检查设置或家庭交流时，会显示在这里。添加您的孩子和他们使用的应用即可开始。</translation>
    </message>
    <message>
        <source>Today: {things}.</source>
        <translation>今天：{things}。</translation>
    </message>
    <message>
        <source>All done for today. Next: {what}, {date}.</source>
        <translation>今天的事都完成了。下一项：{what}，{date}。</translation>
    </message>
    <message>
        <source>All done for today. Next: a talk with {name}, {date}.</source>
        <translation>今天的事都完成了。下一项：与 {name} 谈话，{date}。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>已推迟到 {date}。</translation>
    </message>
    <message>
        <source>That was already dealt with. The list is up to date now.</source>
        <translation>这件事已经处理过了。列表现在是最新的。</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>Topic guide</source>
        <translation>话题指南</translation>
    </message>
    <message>
        <source>{strand} · for {bands}</source>
        <translation>{strand} · 适合 {bands}</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>为什么重要</translation>
    </message>
    <message>
        <source>What to get across</source>
        <translation>要传达的要点</translation>
    </message>
    <message>
        <source>What you could say: for your own learning</source>
        <translation>可以说的话：供您自己参考</translation>
    </message>
    <message>
        <source>What you could say ({band})</source>
        <translation>可以说的话（{band}）</translation>
    </message>
    <message>
        <source>Something to do together</source>
        <translation>一起做的事</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>可能出问题的迹象</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>如果发生了</translation>
    </message>
    <message>
        <source>Related app features: {features}</source>
        <translation>相关的应用功能：{features}</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Sources:</source>
        <translation>信息核实于 {date}。来源：</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Show topics for</source>
        <translation>显示话题：</translation>
    </message>
    <message>
        <source>App feature</source>
        <translation>应用功能</translation>
    </message>
    <message>
        <source>Any app feature</source>
        <translation>任何应用功能</translation>
    </message>
    <message>
        <source>Fo&amp;r</source>
        <translation>针对(&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;eature</source>
        <translation>功能(&amp;E)</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>搜索话题</translation>
    </message>
    <message>
        <source>Conversation guides for every age: what to say, why it matters, and what to do if something happens.</source>
        <translation>各个年龄的谈话指南：说什么、为什么重要、以及发生事情时该怎么做。</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>所有年龄</translation>
    </message>
    <message>
        <source>{name} ({band})</source>
        <translation>{name}（{band}）</translation>
    </message>
    <message>
        <source>No topic matches. Try another word or age.</source>
        <translation>没有匹配的话题。试试其他词语或年龄。</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open FamilySafe</source>
        <translation>打开 FamilySafe(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation>今天到期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>记录一次谈话(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Everything due today: {count}…</source>
        <translation>今天到期的所有事项：{count}…</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>今天没有待办事项</translation>
    </message>
</context>
<context>
    <name>TrustedAdultsDialog</name>
    <message>
        <source>Trusted adults</source>
        <translation>信任的大人</translation>
    </message>
    <message>
        <source>Name the grown-ups your children can always go to. The agreement prints their names, and the children&apos;s helpline of your country.</source>
        <translation>写下孩子随时可以求助的大人。约定上会印出他们的名字，以及您所在国家的儿童求助热线。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>e.g. Aunt Mei</source>
        <translation>例如：梅阿姨</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>电话（可选）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名字(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation>电话（可选）(&amp;P)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>欢迎使用 {app}</translation>
    </message>
    <message>
        <source>&lt;p&gt;FamilySafe helps you keep your children safe online the way that works best: by talking with them, regularly and at their level, and by putting the right privacy settings in place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everything stays on this computer.&lt;/b&gt; FamilySafe has no account, never connects to the internet and never watches what your children do.&lt;/p&gt;&lt;p&gt;To begin, add the children in your family. A nickname and the month they were born are enough.&lt;/p&gt;</source>
        <translation>&lt;p&gt;FamilySafe 帮助您用最有效的方式保护孩子的上网安全：经常和他们交谈，用适合他们的方式，并设置好合适的隐私选项。&lt;/p&gt;&lt;p&gt;&lt;b&gt;所有内容都保存在这台电脑上。&lt;/b&gt;FamilySafe 没有账户，从不连接互联网，也从不监视孩子在做什么。&lt;/p&gt;&lt;p&gt;首先，请添加家里的孩子。一个昵称和出生月份就够了。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>&amp;Where we live (for helplines and the emergency number)</source>
        <translation>我们住在哪里（用于求助热线和紧急电话）(&amp;W)</translation>
    </message>
    <message>
        <source>Start FamilySafe quietly when I log in, so reminders can reach me</source>
        <translation>登录时安静启动 FamilySafe，这样提醒才能送达</translation>
    </message>
    <message>
        <source>Add my first child</source>
        <translation>添加第一个孩子</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>先随便看看</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Live-streaming</source>
        <translation>直播</translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation>视频聊天</translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation>语音聊天</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>私信</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>与陌生人联系</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>公开资料</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>位置共享</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>应用内购买</translation>
    </message>
    <message>
        <source>Gifts and tips</source>
        <translation>礼物和打赏</translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation>阅后即焚消息</translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation>与陌生人随机匹配</translation>
    </message>
    <message>
        <source>Content made by other users</source>
        <translation>其他用户制作的内容</translation>
    </message>
    <message>
        <source>AI chatbot</source>
        <translation>AI 聊天机器人</translation>
    </message>
    <message>
        <source>Self-image and identity</source>
        <translation>自我形象和身份认同</translation>
    </message>
    <message>
        <source>Online relationships</source>
        <translation>网上的人际关系</translation>
    </message>
    <message>
        <source>Online reputation</source>
        <translation>网络声誉</translation>
    </message>
    <message>
        <source>Online bullying</source>
        <translation>网络欺凌</translation>
    </message>
    <message>
        <source>Managing online information</source>
        <translation>管理网上信息</translation>
    </message>
    <message>
        <source>Health, wellbeing and lifestyle</source>
        <translation>健康、身心和生活方式</translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation>隐私和安全</translation>
    </message>
    <message>
        <source>Copyright and ownership</source>
        <translation>版权和所有权</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>所有地方</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone 和 iPad</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>网页版</translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation>电脑上</translation>
    </message>
    <message>
        <source>On the console</source>
        <translation>游戏机上</translation>
    </message>
    <message>
        <source>For children and young people</source>
        <translation>面向儿童和青少年</translation>
    </message>
    <message>
        <source>For parents and carers</source>
        <translation>面向父母和看护人</translation>
    </message>
    <message>
        <source>For children and adults</source>
        <translation>面向儿童和成人</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>用于举报</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>成人</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>5 岁以下</translation>
    </message>
    <message>
        <source>Ages {low} to {high}</source>
        <translation>{low} 至 {high} 岁</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>familysafe: a command is needed (see --help)</source>
        <translation>familysafe: 需要一个命令（请查看 --help）</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please report it.</source>
        <translation>发生了意外错误。请报告这个问题。</translation>
    </message>
    <message>
        <source> (for {names})</source>
        <translation> （针对 {names}）</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>尚未确认。</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {agreed}; look at it again on {review}.</source>
        <translation>第 {version} 版，确认于 {agreed}；请在 {review} 再看一次。</translation>
    </message>
    <message>
        <source>No lines yet. See: familysafe agreement suggestions</source>
        <translation>还没有内容。请查看：familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>Changed since it was agreed: agree it again with: familysafe agreement agree</source>
        <translation>确认后有过修改：请用以下命令再次确认：familysafe agreement agree</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>适合</translation>
    </message>
    <message>
        <source>Added line {id}: {text}</source>
        <translation>已添加第 {id} 条：{text}</translation>
    </message>
    <message>
        <source>Removed line {id}.</source>
        <translation>已删除第 {id} 条。</translation>
    </message>
    <message>
        <source>Agreed: version {version}, to look at again on {date}.</source>
        <translation>已确认：第 {version} 版，将在 {date} 再看一次。</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>回顾日期</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>确认人</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Minimum age: {age}</source>
        <translation>最低年龄：{age} 岁</translation>
    </message>
    <message>
        <source>No minimum age</source>
        <translation>没有最低年龄</translation>
    </message>
    <message>
        <source>where it differs: {list}</source>
        <translation>不同规定：{list}</translation>
    </message>
    <message>
        <source>Parental controls: {tool}</source>
        <translation>家长控制：{tool}</translation>
    </message>
    <message>
        <source>Features: {list}</source>
        <translation>功能：{list}</translation>
    </message>
    <message>
        <source>Rating: {rating} ({source}, checked {date})</source>
        <translation>分级：{rating}（{source}，核实于 {date}）</translation>
    </message>
    <message>
        <source>Age rules</source>
        <translation>年龄规定</translation>
    </message>
    <message>
        <source>Privacy checklist</source>
        <translation>隐私清单</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>{age} 岁起。</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>如何举报</translation>
    </message>
    <message>
        <source>Sources (facts checked on {date})</source>
        <translation>来源（信息核实于 {date}）</translation>
    </message>
    <message>
        <source>Source: {source} (checked {date})</source>
        <translation>来源：{source}（核实于 {date}）</translation>
    </message>
    <message>
        <source>Saved the calendar to {path} (events: {count}).</source>
        <translation>已将日历保存到 {path}（日程：{count}）。</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>已保存 {path}。页数：{pages}。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>为什么重要</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>可能出问题的迹象</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>如果发生了</translation>
    </message>
    <message>
        <source>Conversation starters ({band})</source>
        <translation>开场白（{band}）</translation>
    </message>
    <message>
        <source>Activity ({band})</source>
        <translation>活动（{band}）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Min. age</source>
        <translation>最低年龄</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>emergency: {number}</source>
        <translation>紧急电话：{number}</translation>
    </message>
    <message>
        <source>Added {name} ({band}).</source>
        <translation>已添加 {name}（{band}）。</translation>
    </message>
    <message>
        <source>No one yet. Add someone with: familysafe member add NAME --born YYYY-MM</source>
        <translation>还没有人。用以下命令添加：familysafe member add NAME --born YYYY-MM</translation>
    </message>
    <message>
        <source>child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>adult or carer</source>
        <translation>成人或看护人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>已改名为 {name}。</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>已保存 {name}。</translation>
    </message>
    <message>
        <source>Removed {name}, also from {count} backup files.</source>
        <translation>已删除 {name}，也已从 {count} 个备份文件中删除。</translation>
    </message>
    <message>
        <source>Removed {name}. Backups keep them until they rotate out, within a year.</source>
        <translation>已删除 {name}。备份会保留此人的信息，直到这些备份在一年内被替换。</translation>
    </message>
    <message>
        <source>Added {app}.</source>
        <translation>已添加 {app}。</translation>
    </message>
    <message>
        <source>Note: {app} asks users to be at least {age}. Age limits exist because of the features and contact the app allows; you know your child best, and the checklist helps make it safer.</source>
        <translation>注意：{app} 要求用户至少 {age} 岁。设定年龄限制是因为应用允许的功能和联系方式；您最了解自己的孩子，这份清单能帮助让它更安全。</translation>
    </message>
    <message>
        <source>Removed {app}.</source>
        <translation>已删除 {app}。</translation>
    </message>
    <message>
        <source>below its minimum age</source>
        <translation>低于其最低年龄</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}：{rule}</translation>
    </message>
    <message>
        <source>Age rules that apply:</source>
        <translation>适用的年龄规定：</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Logged talk {id}.</source>
        <translation>已记录谈话 {id}。</translation>
    </message>
    <message>
        <source>Saved talk {id}.</source>
        <translation>已保存谈话 {id}。</translation>
    </message>
    <message>
        <source>Deleted talk {id}.</source>
        <translation>已删除谈话 {id}。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>With</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>话题</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>{key} is now {value}</source>
        <translation>{key} 现在是 {value}</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Backed up as {id} ({size}).</source>
        <translation>已备份为 {id}（{size}）。</translation>
    </message>
    <message>
        <source>No backups yet. Make one with: familysafe backup now</source>
        <translation>还没有备份。可以用这个命令创建一个：familysafe backup now</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>谈话</translation>
    </message>
    <message>
        <source>Restored the backup from {when}: {members} people and {talks} talks.</source>
        <translation>已恢复 {when} 的备份：{members} 人，{talks} 次谈话。</translation>
    </message>
    <message>
        <source>familysafe: warning: other users of this computer can read the folder {folder}; FamilySafe leaves its permissions as they are (chmod 700 makes it private).</source>
        <translation>familysafe: 警告：这台电脑的其他用户可以读取文件夹 {folder}；FamilySafe 不会更改它的权限（用 chmod 700 可以把它设为私有）。</translation>
    </message>
    <message>
        <source>{program}: {message} (see --help)</source>
        <translation>{program}: {message}（请查看 --help）</translation>
    </message>
    <message>
        <source>“{text}” is not a date: use YYYY-MM-DD</source>
        <translation>“{text}”不是日期：请使用 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{text} is outside the dates FamilySafe works with ({first} to {last})</source>
        <translation>{text} 超出了 FamilySafe 支持的日期范围（{first} 至 {last}）</translation>
    </message>
    <message>
        <source>“{text}” is not an id</source>
        <translation>“{text}”不是编号</translation>
    </message>
    <message>
        <source>use an id from {low} to {high} (not {text})</source>
        <translation>请使用 {low} 到 {high} 之间的编号（不是 {text}）</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days</source>
        <translation>“{text}”不是天数</translation>
    </message>
    <message>
        <source>use a number of days from {low} to {high} (not {text})</source>
        <translation>请使用 {low} 到 {high} 之间的天数（不是 {text}）</translation>
    </message>
    <message>
        <source>“{text}” is not a number of topics</source>
        <translation>“{text}”不是话题数量</translation>
    </message>
    <message>
        <source>use a number of topics from {low} to {high} (not {text})</source>
        <translation>请使用 {low} 到 {high} 之间的话题数量（不是 {text}）</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>use a number from {low} to {high} (not {text})</source>
        <translation>请使用 {low} 到 {high} 之间的数字（不是 {text}）</translation>
    </message>
    <message>
        <source>name the child to change</source>
        <translation>请指明要修改的孩子</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>已为 {name} 保存。</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <source>Screen-free</source>
        <translation>不用屏幕</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>设备睡觉时间</translation>
    </message>
    <message>
        <source>Games and videos</source>
        <translation>游戏和视频</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Trusted adult: {name}</source>
        <translation>信任的大人：{name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>已删除 {name}。</translation>
    </message>
    <message>
        <source>No trusted adults named yet.</source>
        <translation>还没有写下信任的大人。</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>the family agreement: build it, agree it, review it</source>
        <translation>家庭约定：制定、确认、回顾</translation>
    </message>
    <message>
        <source>the agreement as it stands</source>
        <translation>当前的约定</translation>
    </message>
    <message>
        <source>suggested lines for your children&apos;s ages</source>
        <translation>适合您孩子年龄的建议条目</translation>
    </message>
    <message>
        <source>add a line to a section</source>
        <translation>在某个部分添加一条</translation>
    </message>
    <message>
        <source>a section id, from &apos;familysafe agreement suggestions&apos;</source>
        <translation>部分的编号，来自 &apos;familysafe agreement suggestions&apos;</translation>
    </message>
    <message>
        <source>a suggestion&apos;s id</source>
        <translation>建议的编号</translation>
    </message>
    <message>
        <source>your own words (up to 300 characters)</source>
        <translation>您自己的话（最多 300 个字符）</translation>
    </message>
    <message>
        <source>only for these children (default: everyone)</source>
        <translation>只针对这些孩子（默认：所有人）</translation>
    </message>
    <message>
        <source>remove a line</source>
        <translation>删除一条</translation>
    </message>
    <message>
        <source>agree the agreement as it stands (a new version)</source>
        <translation>确认当前的约定（新版本）</translation>
    </message>
    <message>
        <source>someone who agreed</source>
        <translation>同意的人</translation>
    </message>
    <message>
        <source>the day it was agreed (default today)</source>
        <translation>确认的日期（默认今天）</translation>
    </message>
    <message>
        <source>when to look at it again (default three months on)</source>
        <translation>何时再回顾（默认三个月后）</translation>
    </message>
    <message>
        <source>every version agreed</source>
        <translation>所有已确认的版本</translation>
    </message>
    <message>
        <source>make, list or restore backups of your data</source>
        <translation>创建、列出或恢复数据备份</translation>
    </message>
    <message>
        <source>back up your data now</source>
        <translation>立即备份您的数据</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>列出备份，最新的在前，并显示每个备份包含的内容</translation>
    </message>
    <message>
        <source>put a backup back in place of your data (which is backed up first)</source>
        <translation>用备份替换您的数据（会先备份现有数据）</translation>
    </message>
    <message>
        <source>the backup&apos;s id, from: familysafe backup list</source>
        <translation>备份的编号，来自：familysafe backup list</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>确认恢复</translation>
    </message>
    <message>
        <source>save files for other programs: a calendar file, PDF documents</source>
        <translation>为其他程序保存文件：日历文件、PDF 文档</translation>
    </message>
    <message>
        <source>a calendar file (.ics) with the family check-in and what is due: import it into your calendar app; importing it again updates the same events</source>
        <translation>日历文件（.ics），包含家庭交流时间和待办事项：导入到您的日历应用；再次导入会更新相同的日程</translation>
    </message>
    <message>
        <source>the file to write, e.g. familysafe.ics</source>
        <translation>要写入的文件，例如 familysafe.ics</translation>
    </message>
    <message>
        <source>include what is due in the next DAYS days (default %(default)s)</source>
        <translation>包含接下来 DAYS 天内的待办事项（默认 %(default)s）</translation>
    </message>
    <message>
        <source>a PDF to print or share: the family agreement, a handout for carers, the family plan or conversation cards</source>
        <translation>用于打印或分享的 PDF：家庭约定、看护人须知、家庭计划或谈话卡片</translation>
    </message>
    <message>
        <source>agreement: the agreement in words the children can read, with a place for everyone to sign. carer: for grandparents and sitters, each child&apos;s first name, age band, apps, rules and settings in place, what to do if something worries them, and whom to call. plan: for the parents, what to talk about next, the talks held, what is due and each app&apos;s checklist; private notes only with --include-notes. cards: one topic&apos;s conversation starters as cards to cut out.</source>
        <translation>agreement：用孩子能读懂的话写成的约定，并留有每个人签名的地方。carer：给祖父母和保姆，包括每个孩子的名字、年龄段、应用、规则和已设置的选项，有担心的事时怎么做，以及可以打给谁。plan：给父母，接下来聊什么、已进行的谈话、待办事项以及每个应用的清单；私人笔记只在使用 --include-notes 时包含。cards：某个话题的开场白，做成可以剪下的卡片。</translation>
    </message>
    <message>
        <source>the file to write, e.g. plan.pdf</source>
        <translation>要写入的文件，例如 plan.pdf</translation>
    </message>
    <message>
        <source>the document (default plan)</source>
        <translation>文档（默认 plan）</translation>
    </message>
    <message>
        <source>only these children (default: every child)</source>
        <translation>只包括这些孩子（默认：每个孩子）</translation>
    </message>
    <message>
        <source>cards: the topic (see: familysafe topic list)</source>
        <translation>cards：话题（请查看：familysafe topic list）</translation>
    </message>
    <message>
        <source>cards: the age band whose words to use</source>
        <translation>cards：使用哪个年龄段的措辞</translation>
    </message>
    <message>
        <source>plan: include the talks&apos; private notes</source>
        <translation>plan：包含谈话的私人笔记</translation>
    </message>
    <message>
        <source>larger text throughout</source>
        <translation>全文使用大字</translation>
    </message>
    <message>
        <source>only these sections (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: its section ids, specifics, trusted-adults and signatures)</source>
        <translation>只包括这些部分（plan：suggestions、history、due、checklists、follow-ups；carer：apps、rules、limits、settings、what-to-do、warning-signs、carer-home、helplines、contact；agreement：其各部分的编号、specifics、trusted-adults 和 signatures）</translation>
    </message>
    <message>
        <source>agreement: one copy for each home, headed with its name</source>
        <translation>agreement：每个家各一份，页首写上家的名字</translation>
    </message>
    <message>
        <source>carer: how to reach you (default: the saved one)</source>
        <translation>carer：如何联系您（默认：已保存的联系方式）</translation>
    </message>
    <message>
        <source>carer: a neighbour or relative to call (default: the saved one; else a blank line)</source>
        <translation>carer：可以打电话找的邻居或亲戚（默认：已保存的；否则留一条空白横线）</translation>
    </message>
    <message>
        <source>carer: where you are and when you will be back (never saved; default: blank lines)</source>
        <translation>carer：您在哪里、什么时候回来（从不保存；默认：留空白横线）</translation>
    </message>
    <message>
        <source>carer: your home address for emergency services (never saved; default: a blank line)</source>
        <translation>carer：供急救人员使用的家庭住址（从不保存；默认：留一条空白横线）</translation>
    </message>
    <message>
        <source>a4 or letter (US Letter); default: the saved choice, else the country&apos;s custom</source>
        <translation>a4 或 letter（美国信纸）；默认：已保存的选择，否则按所在国家的习惯</translation>
    </message>
    <message>
        <source>browse conversation topics</source>
        <translation>浏览谈话话题</translation>
    </message>
    <message>
        <source>list topics</source>
        <translation>列出话题</translation>
    </message>
    <message>
        <source>only topics for this age band</source>
        <translation>只列出适合这个年龄段的话题</translation>
    </message>
    <message>
        <source>a topic&apos;s whole guide</source>
        <translation>某个话题的完整指南</translation>
    </message>
    <message>
        <source>show the starters for this band</source>
        <translation>显示这个年龄段的开场白</translation>
    </message>
    <message>
        <source>the app catalogue, and a child&apos;s apps</source>
        <translation>应用目录，以及孩子的应用</translation>
    </message>
    <message>
        <source>every app FamilySafe knows, with its checklist</source>
        <translation>FamilySafe 了解的所有应用及其清单</translation>
    </message>
    <message>
        <source>one app&apos;s whole entry: ages, rules, checklist, sources</source>
        <translation>某个应用的完整条目：年龄、规则、清单、来源</translation>
    </message>
    <message>
        <source>helplines and reporting routes for a country</source>
        <translation>某个国家的求助热线和举报途径</translation>
    </message>
    <message>
        <source>another country&apos;s, by ISO code, e.g. GB, US, AU (default: the family&apos;s country)</source>
        <translation>另一个国家的，用 ISO 代码，例如 GB、US、AU（默认：家庭所在的国家）</translation>
    </message>
    <message>
        <source>every country&apos;s helplines</source>
        <translation>所有国家的求助热线</translation>
    </message>
    <message>
        <source>add, list, rename, edit or remove the people in your household</source>
        <translation>添加、列出、改名、编辑或删除家庭成员</translation>
    </message>
    <message>
        <source>add a child or an adult</source>
        <translation>添加孩子或成人</translation>
    </message>
    <message>
        <source>a display name; a nickname is enough</source>
        <translation>显示的名字；昵称就可以</translation>
    </message>
    <message>
        <source>a child&apos;s birth month</source>
        <translation>孩子的出生月份</translation>
    </message>
    <message>
        <source>an adult or carer</source>
        <translation>成人或看护人</translation>
    </message>
    <message>
        <source>list the household</source>
        <translation>列出家庭成员</translation>
    </message>
    <message>
        <source>change someone&apos;s name</source>
        <translation>修改某人的名字</translation>
    </message>
    <message>
        <source>change a child&apos;s birth month</source>
        <translation>修改孩子的出生月份</translation>
    </message>
    <message>
        <source>remove someone and everything about them (backups keep them until they rotate out, unless --from-backups)</source>
        <translation>删除某人及与此人有关的一切（备份会保留此人的信息，直到这些备份被替换，除非使用 --from-backups）</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>确认删除</translation>
    </message>
    <message>
        <source>also rewrite every backup without them (and delete the copies kept before upgrades)</source>
        <translation>同时重写每个备份，去掉此人（并删除升级前保留的副本）</translation>
    </message>
    <message>
        <source>where FamilySafe keeps its data (default: the user&apos;s data folder; or set FAMILYSAFE_DATA_DIR)</source>
        <translation>FamilySafe 保存数据的位置（默认：用户的数据文件夹；也可以设置 FAMILYSAFE_DATA_DIR）</translation>
    </message>
    <message>
        <source>pretend today is this date (for planning ahead)</source>
        <translation>假设今天是这个日期（用于提前计划）</translation>
    </message>
    <message>
        <source>FamilySafe helps you keep your children safe online by talking with them. Without a command it opens the window. Everything stays on this computer.</source>
        <translation>FamilySafe 通过与孩子交谈，帮助您保护孩子的上网安全。不带命令时会打开窗口。所有内容都保存在这台电脑上。</translation>
    </message>
    <message>
        <source>show FamilySafe&apos;s version and exit</source>
        <translation>显示 FamilySafe 的版本并退出</translation>
    </message>
    <message>
        <source>open the window on a sample family in a temporary folder</source>
        <translation>在临时文件夹中用示例家庭打开窗口</translation>
    </message>
    <message>
        <source>start in the system tray (used when starting at login)</source>
        <translation>在系统托盘中启动（登录时启动会用到）</translation>
    </message>
    <message>
        <source>print JSON (UTF-8) instead of text</source>
        <translation>输出 JSON（UTF-8）而不是文本</translation>
    </message>
    <message>
        <source>add apps a child uses</source>
        <translation>添加孩子使用的应用</translation>
    </message>
    <message>
        <source>remove an app from a child</source>
        <translation>从孩子的应用中删除一个</translation>
    </message>
    <message>
        <source>the apps a member uses</source>
        <translation>某位成员使用的应用</translation>
    </message>
    <message>
        <source>privacy checklists: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</source>
        <translation>隐私清单：&apos;checklist MEMBER [APP_ID]&apos;，&apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</translation>
    </message>
    <message>
        <source>the day it was checked (default today)</source>
        <translation>检查的日期（默认今天）</translation>
    </message>
    <message>
        <source>log a talk</source>
        <translation>记录一次谈话</translation>
    </message>
    <message>
        <source>private notes (never shown in reminders)</source>
        <translation>私人笔记（绝不会显示在提醒中）</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>谈得怎么样</translation>
    </message>
    <message>
        <source>follow-up due date</source>
        <translation>后续事项的截止日期</translation>
    </message>
    <message>
        <source>change a logged talk (what you leave out stays)</source>
        <translation>修改已记录的谈话（没有提供的内容保持不变）</translation>
    </message>
    <message>
        <source>from &apos;familysafe history&apos;</source>
        <translation>来自 &apos;familysafe history&apos;</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>参与的人</translation>
    </message>
    <message>
        <source>private notes (&apos;&apos; clears them)</source>
        <translation>私人笔记（&apos;&apos; 会清除）</translation>
    </message>
    <message>
        <source>how it went (&apos;&apos; clears it)</source>
        <translation>谈得怎么样（&apos;&apos; 会清除）</translation>
    </message>
    <message>
        <source>delete a logged talk</source>
        <translation>删除已记录的谈话</translation>
    </message>
    <message>
        <source>talks logged</source>
        <translation>已记录的谈话</translation>
    </message>
    <message>
        <source>what to talk about next</source>
        <translation>接下来聊什么</translation>
    </message>
    <message>
        <source>what is overdue and coming up (exit 3 when something is overdue)</source>
        <translation>已逾期和即将到来的事项（有逾期事项时退出码为 3）</translation>
    </message>
    <message>
        <source>print nothing when nothing is overdue</source>
        <translation>没有逾期事项时不输出任何内容</translation>
    </message>
    <message>
        <source>hide a due item for a while</source>
        <translation>暂时隐藏一项待办事项</translation>
    </message>
    <message>
        <source>the item&apos;s key, from &apos;familysafe due --json&apos;</source>
        <translation>事项的键，来自 &apos;familysafe due --json&apos;</translation>
    </message>
    <message>
        <source>1 for a day, 7 for a week</source>
        <translation>1 表示一天，7 表示一周</translation>
    </message>
    <message>
        <source>mark a due item done</source>
        <translation>将一项待办事项标记为完成</translation>
    </message>
    <message>
        <source>read and change settings: country, language, check-in, ...</source>
        <translation>查看和更改设置：国家、语言、家庭交流时间等</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>输出某项设置的值</translation>
    </message>
    <message>
        <source>a name from &apos;familysafe settings list&apos;</source>
        <translation>来自 &apos;familysafe settings list&apos; 的名称</translation>
    </message>
    <message>
        <source>change a setting (an empty VALUE goes back to the default)</source>
        <translation>更改设置（VALUE 为空时恢复默认值）</translation>
    </message>
    <message>
        <source>every setting and its value</source>
        <translation>所有设置及其值</translation>
    </message>
    <message>
        <source>the family&apos;s country for helplines and paper, e.g. GB, US, AU (auto: the computer&apos;s)</source>
        <translation>家庭所在的国家，用于求助热线和纸张，例如 GB、US、AU（auto：电脑的设置）</translation>
    </message>
    <message>
        <source>FamilySafe&apos;s language, e.g. en, es (auto: the computer&apos;s)</source>
        <translation>FamilySafe 的语言，例如 en、es（auto：电脑的语言）</translation>
    </message>
    <message>
        <source>the window&apos;s text size in per cent: 100, 125 or 150</source>
        <translation>窗口文字大小的百分比：100、125 或 150</translation>
    </message>
    <message>
        <source>the paper documents print on: a4 or letter (auto: the country&apos;s custom)</source>
        <translation>打印文档所用的纸张：a4 或 letter（auto：所在国家的习惯）</translation>
    </message>
    <message>
        <source>how printed documents name the family (empty: &apos;Our family&apos;)</source>
        <translation>打印文档中家庭的称呼（空：“我们的家庭”）</translation>
    </message>
    <message>
        <source>how a carer reaches the parents, printed on the carer handout</source>
        <translation>看护人如何联系父母，印在看护人须知上</translation>
    </message>
    <message>
        <source>the author written into PDF files (empty: none)</source>
        <translation>写入 PDF 文件的作者（空：无）</translation>
    </message>
    <message>
        <source>how often the family check-in is: weekly, fortnightly or monthly</source>
        <translation>家庭交流时间的频率：weekly、fortnightly 或 monthly</translation>
    </message>
    <message>
        <source>the check-in&apos;s day: monday ... sunday</source>
        <translation>家庭交流时间在星期几：monday ... sunday</translation>
    </message>
    <message>
        <source>for a monthly check-in, which week: 1, 2, 3, 4 or last</source>
        <translation>每月一次时，在哪一周：1、2、3、4 或 last</translation>
    </message>
    <message>
        <source>the check-in&apos;s time, e.g. 18:00</source>
        <translation>家庭交流时间的时间，例如 18:00</translation>
    </message>
    <message>
        <source>how often to talk with each child: 1w, 2w, 1m, 2m or 3m</source>
        <translation>多久和每个孩子谈一次：1w、2w、1m、2m 或 3m</translation>
    </message>
    <message>
        <source>how often to check privacy settings again, in months (1 to 24)</source>
        <translation>多久重新检查一次隐私设置，以月为单位（1 到 24）</translation>
    </message>
    <message>
        <source>desktop reminders while FamilySafe runs: on or off</source>
        <translation>FamilySafe 运行时的桌面提醒：on 或 off</translation>
    </message>
    <message>
        <source>whether reminders show the children&apos;s first names: on or off</source>
        <translation>提醒中是否显示孩子的名字：on 或 off</translation>
    </message>
    <message>
        <source>when the daily summary of what is overdue comes, e.g. 09:00</source>
        <translation>每日逾期事项摘要的时间，例如 09:00</translation>
    </message>
    <message>
        <source>a child&apos;s own talk cadence (or family)</source>
        <translation>某个孩子自己的谈话频率（或 family）</translation>
    </message>
    <message>
        <source>each child&apos;s screen-free places and times, device bedtime, time for games and videos, and devices (shown without options; an empty value clears one)</source>
        <translation>每个孩子不用屏幕的地点和时间、设备睡觉时间、游戏和视频的时长，以及设备（不加选项时显示；空值表示清除）</translation>
    </message>
    <message>
        <source>the child (default: all)</source>
        <translation>孩子（默认：全部）</translation>
    </message>
    <message>
        <source>places and times without screens, e.g. &quot;meals&quot;</source>
        <translation>不用屏幕的地点和时间，例如 &quot;吃饭时&quot;</translation>
    </message>
    <message>
        <source>when devices go to bed, e.g. 20:00 (&quot;&quot; for none)</source>
        <translation>设备睡觉的时间，例如 20:00（&quot;&quot; 表示不设）</translation>
    </message>
    <message>
        <source>how long games and videos last, e.g. &quot;1 hour a day&quot;</source>
        <translation>游戏和视频的时长，例如 &quot;每天 1 小时&quot;</translation>
    </message>
    <message>
        <source>the devices the child uses, separated by commas, e.g. &quot;tablet, Switch&quot;</source>
        <translation>孩子使用的设备，用逗号分隔，例如 &quot;平板电脑，Switch&quot;</translation>
    </message>
    <message>
        <source>the trusted adults your family names on the agreement</source>
        <translation>您家在约定上写明的信任的大人</translation>
    </message>
    <message>
        <source>name a trusted adult</source>
        <translation>写下一位信任的大人</translation>
    </message>
    <message>
        <source>e.g. &quot;Aunt Mei&quot;</source>
        <translation>例如 &quot;梅阿姨&quot;</translation>
    </message>
    <message>
        <source>a phone number to print beside the name</source>
        <translation>印在名字旁边的电话号码</translation>
    </message>
    <message>
        <source>remove a trusted adult</source>
        <translation>删除一位信任的大人</translation>
    </message>
    <message>
        <source>the trusted adults named</source>
        <translation>已写下的信任的大人</translation>
    </message>
</context>
</TS>
