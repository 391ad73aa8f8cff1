<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AgreeDialog</name>
    <message>
        <source>Agree the family agreement</source>
        <translation>الموافقة على الاتفاق العائلي</translation>
    </message>
    <message>
        <source>Read it through together first. Everyone who agrees is ticked here, and signs the printed copy. Agreeing again later keeps the earlier versions.</source>
        <translation>اقرؤوه معًا كاملًا أولًا. يُحدَّد هنا كل من يوافق عليه، ويوقّع كلٌّ منهم على النسخة المطبوعة. الموافقة عليه مرة أخرى لاحقًا تحتفظ بالنسخ السابقة.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Who agreed</source>
        <translation>من وافق</translation>
    </message>
    <message>
        <source>Look at it again on</source>
        <translation>مراجعته مرة أخرى في</translation>
    </message>
    <message>
        <source>Agreed &amp;on</source>
        <translation>تاريخ الموافقة (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Who agreed</source>
        <translation>من وافق (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Review on</source>
        <translation>المراجعة في (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Agree</source>
        <translation>موافقة (&amp;A)</translation>
    </message>
</context>
<context>
    <name>AgreementLineDialog</name>
    <message>
        <source>Change a line</source>
        <translation>تغيير بند</translation>
    </message>
    <message>
        <source>Write your own line</source>
        <translation>كتابة بند خاص بكم</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>The line, in your own words</source>
        <translation>البند، بكلماتكم</translation>
    </message>
    <message>
        <source>e.g. Phones charge in the kitchen at night</source>
        <translation>مثال: تُشحن الهواتف في المطبخ ليلًا</translation>
    </message>
    <message>
        <source>Write it so the youngest child it is for can read it. Short is good.</source>
        <translation>اكتبوه بحيث يستطيع أصغر طفل يخصّه أن يقرأه. الإيجاز أفضل.</translation>
    </message>
    <message>
        <source>Only for these children</source>
        <translation>لهؤلاء الأطفال فقط</translation>
    </message>
    <message>
        <source>Tick nobody for a line that is for everyone.</source>
        <translation>لا تحدّدوا أحدًا إذا كان البند للجميع.</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>القسم (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>البند (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;For</source>
        <translation>لمن (&amp;F)</translation>
    </message>
</context>
<context>
    <name>AgreementPage</name>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>اقتراحات</translation>
    </message>
    <message>
        <source>&amp;Add to our agreement</source>
        <translation>إضافة إلى اتفاقنا (&amp;A)</translation>
    </message>
    <message>
        <source>Suggestions for your children&apos;s ages</source>
        <translation>اقتراحات تناسب أعمار أطفالكم</translation>
    </message>
    <message>
        <source>Our agreement</source>
        <translation>اتفاقنا</translation>
    </message>
    <message>
        <source>&amp;Write your own…</source>
        <translation>كتابة بند خاص (&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>تغيير (&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة (&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأعلى (&amp;U)</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>نقل إلى الأسفل (&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;gree it together…</source>
        <translation>الموافقة عليه معًا (&amp;G)…</translation>
    </message>
    <message>
        <source>We looked at it and &amp;kept it</source>
        <translation>راجعناه وأبقيناه (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Print to sign…</source>
        <translation>طباعة للتوقيع (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Times, places and devices…</source>
        <translation>الأوقات والأماكن والأجهزة (&amp;T)…</translation>
    </message>
    <message>
        <source>Trusted adu&amp;lts…</source>
        <translation>البالغون الموثوقون (&amp;L)…</translation>
    </message>
    <message>
        <source>The family&apos;s own rules for being online, written down and agreed together, with what the grown-ups promise in return. Pick from the suggestions or write your own.</source>
        <translation>قواعد العائلة الخاصة لاستخدام الإنترنت، مكتوبة ومتفق عليها معًا، مع ما يعد به الكبار في المقابل. اختاروا من الاقتراحات أو اكتبوا بنودكم الخاصة.</translation>
    </message>
    <message>
        <source>Not written yet. Start with a few lines from the suggestions.</source>
        <translation>لم يُكتب بعد. ابدؤوا ببضعة بنود من الاقتراحات.</translation>
    </message>
    <message>
        <source>Not agreed yet. When it reads right, agree it together.</source>
        <translation>لم تتم الموافقة عليه بعد. عندما يصبح مناسبًا، وافقوا عليه معًا.</translation>
    </message>
    <message>
        <source>Version {number}, agreed on {date} by {names}. Look at it again by {review}.</source>
        <translation>النسخة ⁨{number}⁩، تمت الموافقة عليها في ⁨{date}⁩ من قِبل ⁨{names}⁩. راجعوها مرة أخرى قبل ⁨{review}⁩.</translation>
    </message>
    <message>
        <source>You have changed it since: agree it again to make it count.</source>
        <translation>لقد غيّرتموه منذ ذلك الحين: وافقوا عليه مرة أخرى ليصبح نافذًا.</translation>
    </message>
    <message>
        <source>{text} (for {names})</source>
        <translation>⁨{text}⁩ (لـ ⁨{names}⁩)</translation>
    </message>
    <message>
        <source>{text} (suits {names})</source>
        <translation>⁨{text}⁩ (يناسب ⁨{names}⁩)</translation>
    </message>
    <message>
        <source>Noted. FamilySafe will bring the agreement back in three months.</source>
        <translation>تم. سيعيد FamilySafe تذكيركم بالاتفاق بعد ثلاثة أشهر.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>FamilySafe cannot use its data folder: {reason}</source>
        <translation>لا يستطيع FamilySafe استخدام مجلد بياناته: ⁨{reason}⁩</translation>
    </message>
    <message>
        <source>FamilySafe is already running for this data folder (it did not answer).</source>
        <translation>FamilySafe يعمل بالفعل لمجلد البيانات هذا (ولم يستجب).</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>استعادة هذه النسخة الاحتياطية (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>Something went wrong inside FamilySafe, and what you were doing may not have been saved. Please check it, and try again.</source>
        <translation>حدث خطأ داخل FamilySafe، وربما لم يُحفظ ما كنتم تفعلونه. يرجى التحقق منه ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>What happened is written in {file} (without your family&apos;s names or notes), if you want to send it to someone who can help.</source>
        <translation>ما حدث مكتوب في ⁨{file}⁩ (من دون أسماء أفراد عائلتكم أو ملاحظاتهم)، إن أردتم إرساله إلى شخص يستطيع المساعدة.</translation>
    </message>
</context>
<context>
    <name>AppPickerDialog</name>
    <message>
        <source>Apps {name} uses</source>
        <translation>التطبيقات التي يستخدمها ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Tick the apps, games and devices {name} uses. Each one brings its privacy checklist and the topics that go with what it can do.</source>
        <translation>حدّدوا التطبيقات والألعاب والأجهزة التي يستخدمها ⁨{name}⁩. لكلٍّ منها قائمة إعدادات الخصوصية الخاصة بها والمواضيع المرتبطة بما يمكنه فعله.</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>البحث في التطبيقات والألعاب والأجهزة</translation>
    </message>
    <message>
        <source>Search apps</source>
        <translation>البحث في التطبيقات</translation>
    </message>
    <message>
        <source>Apps, games and devices</source>
        <translation>التطبيقات والألعاب والأجهزة</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>محدَّد</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>غير محدَّد</translation>
    </message>
</context>
<context>
    <name>AppRow</name>
    <message>
        <source>{age}+</source>
        <translation>⁨{age}⁩+</translation>
    </message>
    <message>
        <source>{age}+ ⚠</source>
        <translation>⁨{age}⁩+ ⚠</translation>
    </message>
    <message>
        <source>Its minimum age is {age}: above your child&apos;s age.</source>
        <translation>الحد الأدنى لعمره ⁨{age}⁩: أكبر من عمر طفلكم.</translation>
    </message>
    <message>
        <source>Minimum age {age}</source>
        <translation>الحد الأدنى للعمر ⁨{age}⁩</translation>
    </message>
</context>
<context>
    <name>AppView</name>
    <message>
        <source>App details</source>
        <translation>تفاصيل التطبيق</translation>
    </message>
    <message>
        <source>Minimum age in its terms: {age}</source>
        <translation>الحد الأدنى للعمر في شروطه: ⁨{age}⁩</translation>
    </message>
    <message>
        <source>No minimum age in its terms</source>
        <translation>لا حد أدنى للعمر في شروطه</translation>
    </message>
    <message>
        <source>Where the law or its terms differ: {list}</source>
        <translation>حيث يختلف القانون أو شروطه: ⁨{list}⁩</translation>
    </message>
    <message>
        <source>Age rating: {rating}</source>
        <translation>التصنيف العمري: ⁨{rating}⁩</translation>
    </message>
    <message>
        <source>Ages for features</source>
        <translation>الأعمار الخاصة بالميزات</translation>
    </message>
    <message>
        <source>Parental tool: {tool}</source>
        <translation>أداة الرقابة الأبوية: ⁨{tool}⁩</translation>
    </message>
    <message>
        <source>Features to know about</source>
        <translation>ميزات تستحق المعرفة</translation>
    </message>
    <message>
        <source>Privacy and safety checklist</source>
        <translation>قائمة إعدادات الخصوصية والأمان</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>من عمر ⁨{age}⁩.</translation>
    </message>
    <message>
        <source>Reporting in the app</source>
        <translation>الإبلاغ داخل التطبيق</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>تم التحقق من المعلومات في ⁨{date}⁩. تغيّر التطبيقات قوائمها كثيرًا: إذا اختلف المسار، ابحثوا عن الكلمات نفسها في مكان قريب.</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Apps &amp; privacy</source>
        <translation>التطبيقات والخصوصية</translation>
    </message>
    <message>
        <source>Search apps, games and devices</source>
        <translation>البحث في التطبيقات والألعاب والأجهزة</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <source>&amp;Add to a child&apos;s apps</source>
        <translation>إضافة إلى تطبيقات طفل (&amp;A)</translation>
    </message>
    <message>
        <source>Their privacy checklist for this app then appears on their page.</source>
        <translation>ستظهر بعدها قائمة إعدادات الخصوصية لهذا التطبيق في صفحة الطفل.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>What each app can do, its age limit, and the settings worth checking, with where to find them.</source>
        <translation>ما يمكن لكل تطبيق فعله، وحدّه العمري، والإعدادات التي تستحق التحقق منها، مع مكان العثور عليها.</translation>
    </message>
    <message>
        <source>{name} ({age}+)</source>
        <translation>⁨{name}⁩ (⁨{age}⁩+)</translation>
    </message>
    <message>
        <source>Add a child on the Family page first</source>
        <translation>أضيفوا طفلًا في صفحة العائلة أولًا</translation>
    </message>
    <message>
        <source>{name} (added)</source>
        <translation>⁨{name}⁩ (تمت الإضافة)</translation>
    </message>
    <message>
        <source>Added to {name}&apos;s apps: their checklist is on the Family page.</source>
        <translation>تمت الإضافة إلى تطبيقات ⁨{name}⁩: قائمة الإعدادات في صفحة العائلة.</translation>
    </message>
</context>
<context>
    <name>AppsTab</name>
    <message>
        <source>Apps they use</source>
        <translation>التطبيقات التي يستخدمها</translation>
    </message>
    <message>
        <source>Ch&amp;oose apps…</source>
        <translation>اختيار التطبيقات (&amp;O)…</translation>
    </message>
    <message>
        <source>Which apps do they use?</source>
        <translation>ما التطبيقات التي يستخدمها؟</translation>
    </message>
    <message>
        <source>Add the apps, games and devices your child uses. Each one brings a short checklist of privacy settings, with where to find them, and the topics that matter for what the app can do.</source>
        <translation>أضيفوا التطبيقات والألعاب والأجهزة التي يستخدمها طفلكم. لكلٍّ منها قائمة قصيرة بإعدادات الخصوصية، مع مكان العثور عليها، والمواضيع المهمة لما يمكن للتطبيق فعله.</translation>
    </message>
    <message>
        <source>Choose apps</source>
        <translation>اختيار التطبيقات</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place</source>
        <translation>الإعدادات المفعّلة: ⁨{done}⁩ من ⁨{total}⁩</translation>
    </message>
    <message>
        <source>Re-check due: {count}</source>
        <translation>تحتاج إلى إعادة تحقق: ⁨{count}⁩</translation>
    </message>
    <message>
        <source>⚠ Minimum age {age}</source>
        <translation>⚠ الحد الأدنى للعمر ⁨{age}⁩</translation>
    </message>
    <message>
        <source>⚠ {rule}</source>
        <translation>⚠ ⁨{rule}⁩</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>الوسيطات الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض هذه المساعدة ثم اخرج</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>الوسيطة %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>وسيطات غير معروفة: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختاروا من %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>هذه الوسيطات مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>إحدى هذه الوسيطات مطلوبة: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح به مع الوسيطة %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>المتوقع وسيطة واحدة</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>المتوقع وسيطة واحدة على الأكثر</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>المتوقع وسيطة واحدة على الأقل</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>تم تجاهل الوسيطة الصريحة %r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار غامض: %(option)s قد يعني %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>خيار غير متوقع: %s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>أمر غير معروف %(parser_name)r (الخيارات: %(choices)s)</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation>
            <numerusform>لا يُتوقع أي وسيطة</numerusform>
            <numerusform>المتوقع وسيطة واحدة</numerusform>
            <numerusform>المتوقع وسيطتان</numerusform>
            <numerusform>المتوقع %n وسيطات</numerusform>
            <numerusform>المتوقع %n وسيطةً</numerusform>
            <numerusform>المتوقع %n وسيطة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>FamilySafe backs up your data on the first change of each day, into the backups folder inside the data folder. It keeps one a day for two weeks, one a week for three months and one a month for a year.</source>
        <translation>يحفظ FamilySafe نسخة احتياطية من بياناتكم عند أول تغيير في كل يوم، في مجلد النسخ الاحتياطية داخل مجلد البيانات. ويحتفظ بنسخة لكل يوم لمدة أسبوعين، ونسخة لكل أسبوع لمدة ثلاثة أشهر، ونسخة لكل شهر لمدة سنة.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>الأحاديث</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Back up no&amp;w</source>
        <translation>نسخ احتياطي الآن (&amp;W)</translation>
    </message>
    <message>
        <source>Restore the chosen bac&amp;kup…</source>
        <translation>استعادة النسخة المختارة (&amp;K)…</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءتها</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>استعادة هذه النسخة الاحتياطية؟</translation>
    </message>
    <message>
        <source>Your data will be as it was on {date} at {time}: {members} people and {talks} talks, with their apps, checklists, agreement and settings from then. Changes made since will be replaced. What you have now is backed up first, so you can come back to it.</source>
        <translation>ستعود بياناتكم كما كانت في ⁨{date}⁩ الساعة ⁨{time}⁩ (عدد الأشخاص: ⁨{members}⁩، وعدد الأحاديث: ⁨{talks}⁩)، مع التطبيقات والقوائم والاتفاق والإعدادات كما كانت آنذاك. ستُستبدل التغييرات التي أُجريت منذ ذلك الحين. وتُحفظ أولًا نسخة احتياطية مما لديكم الآن، لتتمكنوا من العودة إليه.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>استعادة هذه النسخة الاحتياطية (&amp;R)</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to my calendar</source>
        <translation>إضافة إلى تقويمي</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>ملفات التقويم (*.ics)</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.

Open this file with your calendar app to add them. Saving it again later and opening it updates the same events rather than adding copies.</source>
        <translation>تم حفظ ⁨{count}⁩ من المواعيد في ⁨{path}⁩.

افتحوا هذا الملف بتطبيق التقويم لإضافتها. حفظه وفتحه مرة أخرى لاحقًا يحدّث المواعيد نفسها بدلًا من إضافة نسخ.</translation>
    </message>
</context>
<context>
    <name>CheckInGroup</name>
    <message>
        <source>Family check-in</source>
        <translation>لقاء العائلة</translation>
    </message>
    <message>
        <source>A few minutes, regularly, when the family talks about what is happening online.</source>
        <translation>بضع دقائق، بانتظام، تتحدث فيها العائلة عما يجري على الإنترنت.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>كم مرة</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>مرة في الشهر</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>أي أسبوع من الشهر</translation>
    </message>
    <message>
        <source>First</source>
        <translation>الأول</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>الثاني</translation>
    </message>
    <message>
        <source>Third</source>
        <translation>الثالث</translation>
    </message>
    <message>
        <source>Fourth</source>
        <translation>الرابع</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>الأخير</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>وقت اللقاء</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation>التالي: ⁨{date}⁩ الساعة ⁨{time}⁩</translation>
    </message>
</context>
<context>
    <name>ChecklistGroup</name>
    <message>
        <source>Privacy checklists</source>
        <translation>قوائم إعدادات الخصوصية</translation>
    </message>
    <message>
        <source>Re-check settings every so many months</source>
        <translation>إعادة التحقق من الإعدادات كل عدد من الأشهر</translation>
    </message>
    <message>
        <source> months</source>
        <translation> شهرًا</translation>
    </message>
    <message>
        <source>Re-check &amp;settings every</source>
        <translation>إعادة التحقق من الإعدادات كل (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ChecklistItemRow</name>
    <message>
        <source>I looked again: still in place</source>
        <translation>راجعته مرة أخرى: ما زال مفعّلًا</translation>
    </message>
    <message>
        <source>From age {age}: not yet for {name}.</source>
        <translation>من عمر ⁨{age}⁩: ليس بعد لـ ⁨{name}⁩.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: our advice for this setting changed since, please look again.</source>
        <translation>مفعّل منذ ⁨{date}⁩؛ تحتاج إلى إعادة تحقق: تغيّرت نصيحتنا لهذا الإعداد منذ ذلك الحين، يرجى النظر مرة أخرى.</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: settings drift, time to look again.</source>
        <translation>مفعّل منذ ⁨{date}⁩؛ تحتاج إلى إعادة تحقق: الإعدادات تتغير مع الوقت، حان وقت النظر مرة أخرى.</translation>
    </message>
    <message>
        <source>Done on {date}. Look again by {recheck}.</source>
        <translation>تم في ⁨{date}⁩. راجعوه مرة أخرى قبل ⁨{recheck}⁩.</translation>
    </message>
    <message>
        <source>Not done yet.</source>
        <translation>لم يتم بعد.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Privacy checklist</source>
        <translation>قائمة إعدادات الخصوصية</translation>
    </message>
    <message>
        <source>{app} asks its users to be at least {min_age}; {name} is {age}. Age limits are set because of who can make contact and what can be seen. You know {name} best: if they use it, the settings below make it safer, and a talk about why the limit exists helps.</source>
        <translation>يطلب ⁨{app}⁩ أن يكون عمر مستخدميه ⁨{min_age}⁩ على الأقل؛ وعمر ⁨{name}⁩ هو ⁨{age}⁩. تُوضع حدود العمر بسبب من يمكنه التواصل وما يمكن رؤيته. أنتم تعرفون ⁨{name}⁩ أكثر من أي أحد: إذا كان يستخدمه، فالإعدادات أدناه تجعله أكثر أمانًا، ويساعد أيضًا حديث عن سبب وجود هذا الحد.</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>⁨{app}⁩: ⁨{rule}⁩</translation>
    </message>
    <message>
        <source>Age rules for {app}</source>
        <translation>قواعد العمر لـ ⁨{app}⁩</translation>
    </message>
    <message>
        <source>{done} of {total} settings in place.</source>
        <translation>الإعدادات المفعّلة: ⁨{done}⁩ من ⁨{total}⁩.</translation>
    </message>
    <message>
        <source>Re-check due: {count}.</source>
        <translation>تحتاج إلى إعادة تحقق: ⁨{count}⁩.</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Apps change their menus often: if a path differs, look for the same words nearby.</source>
        <translation>تم التحقق من المعلومات في ⁨{date}⁩. تغيّر التطبيقات قوائمها كثيرًا: إذا اختلف المسار، ابحثوا عن الكلمات نفسها في مكان قريب.</translation>
    </message>
</context>
<context>
    <name>ChildSection</name>
    <message numerus="yes">
        <source>%n of {total} settings in place</source>
        <translation>
            <numerusform>الإعدادات المفعّلة: %n من ⁨{total}⁩</numerusform>
            <numerusform>الإعدادات المفعّلة: %n من ⁨{total}⁩</numerusform>
            <numerusform>الإعدادات المفعّلة: %n من ⁨{total}⁩</numerusform>
            <numerusform>الإعدادات المفعّلة: %n من ⁨{total}⁩</numerusform>
            <numerusform>الإعدادات المفعّلة: %n من ⁨{total}⁩</numerusform>
            <numerusform>الإعدادات المفعّلة: %n من ⁨{total}⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due this week. Next talk: {date}.</source>
        <translation>لا شيء مستحق هذا الأسبوع. الحديث التالي: ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>Next talk: {date}.</source>
        <translation>الحديث التالي: ⁨{date}⁩.</translation>
    </message>
</context>
<context>
    <name>ChildView</name>
    <message>
        <source>The child&apos;s page</source>
        <translation>صفحة الطفل</translation>
    </message>
    <message>
        <source>What to talk about</source>
        <translation>عمّ تتحدثون</translation>
    </message>
    <message>
        <source>Apps and privacy</source>
        <translation>التطبيقات والخصوصية</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>الأحاديث</translation>
    </message>
    <message>
        <source>Age {years} · {band} · born {born}</source>
        <translation>العمر ⁨{years}⁩ · ⁨{band}⁩ · الميلاد ⁨{born}⁩</translation>
    </message>
</context>
<context>
    <name>Content</name>
    <message>
        <source>Not yet translated into your language: shown in English.</source>
        <translation>لم يُترجم بعد إلى لغتكم: معروض بالإنجليزية.</translation>
    </message>
</context>
<context>
    <name>DataGroup</name>
    <message>
        <source>Your data</source>
        <translation>بياناتكم</translation>
    </message>
    <message>
        <source>FamilySafe keeps everything in this folder on this computer and sends nothing anywhere. Back it up with your other files.</source>
        <translation>يحفظ FamilySafe كل شيء في هذا المجلد على هذا الحاسوب ولا يرسل شيئًا إلى أي مكان. احفظوا نسخة احتياطية منه مع ملفاتكم الأخرى.</translation>
    </message>
    <message>
        <source>Op&amp;en the folder</source>
        <translation>فتح المجلد (&amp;E)</translation>
    </message>
    <message>
        <source>This computer has no program that opens folders. The folder is: {folder}</source>
        <translation>لا يوجد على هذا الحاسوب برنامج يفتح المجلدات. المجلد هو: ⁨{folder}⁩</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>FamilySafe is still running</source>
        <translation>ما زال FamilySafe يعمل</translation>
    </message>
    <message>
        <source>It stays here in the tray to remind you when a talk or a check-in is due. To close it completely, choose Quit from this icon&apos;s menu, or turn reminders off in Settings.</source>
        <translation>يبقى هنا في شريط المهام ليذكّركم عندما يحين موعد حديث أو لقاء عائلي. لإغلاقه تمامًا، اختاروا «إنهاء» من قائمة هذه الأيقونة، أو أوقفوا التذكيرات في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Copy for {home}</source>
        <translation>نسخة لـ {home}</translation>
    </message>
    <message>
        <source>Our family agreement</source>
        <translation>اتفاقنا العائلي</translation>
    </message>
    <message>
        <source>The agreement has no lines yet.</source>
        <translation>لا بنود في الاتفاق بعد.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {date}.</source>
        <translation>النسخة {version}، تمت الموافقة عليها في {date}.</translation>
    </message>
    <message>
        <source>We will look at it again by {date}.</source>
        <translation>سنراجعه مرة أخرى قبل {date}.</translation>
    </message>
    <message>
        <source>Draft, not agreed yet: read it together, change what does not work, then sign it.</source>
        <translation>مسودة، لم تتم الموافقة عليها بعد: اقرؤوها معًا، وغيّروا ما لا يناسب، ثم وقّعوا عليها.</translation>
    </message>
    <message>
        <source>It will replace version {version}.</source>
        <translation>ستحل محل النسخة {version}.</translation>
    </message>
    <message>
        <source>The parents and carers promise the children:</source>
        <translation>يعد الآباء والأمهات ومقدّمو الرعاية الأطفالَ بما يلي:</translation>
    </message>
    <message>
        <source>(for all the children)</source>
        <translation>(لجميع الأطفال)</translation>
    </message>
    <message>
        <source>(for {names})</source>
        <translation>(لـ {names})</translation>
    </message>
    <message>
        <source>We talked about this agreement together and we agree to it.</source>
        <translation>تحدثنا عن هذا الاتفاق معًا ونوافق عليه.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>وقّع عليه</translation>
    </message>
    <message>
        <source>{topic}: {band}</source>
        <translation>‏{topic}: {band}</translation>
    </message>
    <message>
        <source>Cut along the dashed lines. Pick a card at dinner, in the car or at bedtime, and listen more than you talk.</source>
        <translation>قصّوا على طول الخطوط المتقطعة. اختاروا بطاقة على العشاء أو في السيارة أو قبل النوم، واستمعوا أكثر مما تتكلمون.</translation>
    </message>
    <message>
        <source>Looking after {names}</source>
        <translation>رعاية {names}</translation>
    </message>
    <message>
        <source>Looking after the children</source>
        <translation>رعاية الأطفال</translation>
    </message>
    <message>
        <source>Thank you for looking after the children. This sheet has what you need to know about their time online, and what to do if something worries you.</source>
        <translation>شكرًا لرعايتكم الأطفال. في هذه الورقة ما تحتاجون معرفته عن وقتهم على الإنترنت، وما تفعلونه إذا أقلقكم شيء.</translation>
    </message>
    <message>
        <source>In an emergency, call {number}.</source>
        <translation>في حالة الطوارئ، اتصلوا بالرقم {number}.</translation>
    </message>
    <message>
        <source>How to reach us</source>
        <translation>كيف تتواصلون معنا</translation>
    </message>
    <message>
        <source>Backup contact (neighbour, relative)</source>
        <translation>جهة اتصال بديلة (جار، قريب)</translation>
    </message>
    <message>
        <source>Where we are, and when we are back</source>
        <translation>أين نحن، ومتى نعود</translation>
    </message>
    <message>
        <source>Our address, for emergency services</source>
        <translation>عنواننا، لخدمات الطوارئ</translation>
    </message>
    <message>
        <source>devices go to bed at {time}</source>
        <translation>تنام الأجهزة الساعة {time}</translation>
    </message>
    <message>
        <source>no screens: {places}</source>
        <translation>بلا شاشات: {places}</translation>
    </message>
    <message>
        <source>games and videos: {time}</source>
        <translation>الألعاب والفيديوهات: {time}</translation>
    </message>
    <message>
        <source>Secrecy about a device or a game.</source>
        <translation>التكتّم على جهاز أو لعبة.</translation>
    </message>
    <message>
        <source>Sudden changes in mood or sleep.</source>
        <translation>تغيّرات مفاجئة في المزاج أو النوم.</translation>
    </message>
    <message>
        <source>Gifts or money they cannot explain.</source>
        <translation>هدايا أو مال لا يستطيع الطفل تفسيره.</translation>
    </message>
    <message>
        <source>A new, older “friend” from online.</source>
        <translation>«صديق» جديد أكبر سنًّا من الإنترنت.</translation>
    </message>
    <message>
        <source>Often these have another cause. Stay calm, do not question the child, and tell us.</source>
        <translation>غالبًا ما يكون لهذه الأمور سبب آخر. حافظوا على هدوئكم، ولا تستجوبوا الطفل، وأخبرونا.</translation>
    </message>
    <message>
        <source>Signs a child may be harmed online</source>
        <translation>علامات على أن طفلًا قد يتعرّض للأذى على الإنترنت</translation>
    </message>
    <message>
        <source>If the children go online at your home, please turn on your home Wi-Fi or broadband filter (your provider&apos;s parental controls) and use the same settings on the devices they use there.</source>
        <translation>إذا استخدم الأطفال الإنترنت في بيتكم، يُرجى تفعيل فلتر شبكة Wi-Fi أو الإنترنت المنزلي (أدوات الرقابة الأبوية لدى مزوّد الخدمة) واستخدام الإعدادات نفسها على الأجهزة التي يستخدمونها هناك.</translation>
    </message>
    <message>
        <source>Devices at your home:</source>
        <translation>الأجهزة في بيتكم:</translation>
    </message>
    <message>
        <source>At your home</source>
        <translation>في بيتكم</translation>
    </message>
    <message>
        <source>For every child</source>
        <translation>لكل طفل</translation>
    </message>
    <message>
        <source>Also for {names}</source>
        <translation>أيضًا لـ {names}</translation>
    </message>
    <message>
        <source>Our rules</source>
        <translation>قواعدنا</translation>
    </message>
    <message>
        <source>None listed</source>
        <translation>لا شيء مدرج</translation>
    </message>
    <message>
        <source>Devices: {names}</source>
        <translation>الأجهزة: {names}</translation>
    </message>
    <message>
        <source>Apps and devices</source>
        <translation>التطبيقات والأجهزة</translation>
    </message>
    <message>
        <source>Our limits</source>
        <translation>حدودنا</translation>
    </message>
    <message>
        <source>Privacy settings in place</source>
        <translation>إعدادات الخصوصية المفعّلة</translation>
    </message>
    <message>
        <source>None marked as done in FamilySafe yet</source>
        <translation>لم يُحدَّد شيء بأنه تم في FamilySafe بعد</translation>
    </message>
    <message>
        <source>re-check due</source>
        <translation>تحتاج إلى إعادة تحقق</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ما يجب فعله</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>يرجى عدم</translation>
    </message>
    <message>
        <source>Keep what happened</source>
        <translation>احتفظوا بما حدث</translation>
    </message>
    <message>
        <source>Who to tell</source>
        <translation>من تخبرون</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>بعد ذلك</translation>
    </message>
    <message>
        <source>When the moment has passed</source>
        <translation>عندما تهدأ اللحظة</translation>
    </message>
    <message>
        <source>Helplines and where to report ({country})</source>
        <translation>خطوط المساعدة وأماكن الإبلاغ ({country})</translation>
    </message>
    <message>
        <source>Emergency: {number}</source>
        <translation>الطوارئ: {number}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>For</source>
        <translation>لمن</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Parents, carers</source>
        <translation>الآباء ومقدّمو الرعاية</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>الجميع</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>الإبلاغ</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what you talked about, what is due, and how each app is set up.</source>
        <translation>للوالدين: عمّ تتحدثون لاحقًا، وعمّ تحدثتم، وما هو مستحق، وكيف أُعدّ كل تطبيق.</translation>
    </message>
    <message>
        <source>This copy includes the private notes from your talks. Keep it somewhere safe.</source>
        <translation>تتضمن هذه النسخة الملاحظات الخاصة من أحاديثكم. احفظوها في مكان آمن.</translation>
    </message>
    <message>
        <source>Private notes from your talks are not included.</source>
        <translation>الملاحظات الخاصة من أحاديثكم غير مضمّنة.</translation>
    </message>
    <message>
        <source>{name} · {band} · {age} years old</source>
        <translation>‏{name} · {band} · العمر {age}</translation>
    </message>
    <message>
        <source>What to talk about next</source>
        <translation>عمّ تتحدثون لاحقًا</translation>
    </message>
    <message>
        <source>Nothing to suggest at this age.</source>
        <translation>لا اقتراحات لهذا العمر.</translation>
    </message>
    <message>
        <source>last talked about on {date}</source>
        <translation>آخر حديث عنه في {date}</translation>
    </message>
    <message>
        <source>not talked about yet</source>
        <translation>لم يُتحدث عنه بعد</translation>
    </message>
    <message>
        <source>What you talked about</source>
        <translation>عمّ تحدثتم</translation>
    </message>
    <message>
        <source>No talks logged yet.</source>
        <translation>لم يُسجَّل أي حديث بعد.</translation>
    </message>
    <message>
        <source>How it went, and notes</source>
        <translation>كيف جرى، والملاحظات</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>كيف جرى</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>مع {names}</translation>
    </message>
    <message>
        <source>Notes: </source>
        <translation>ملاحظات: </translation>
    </message>
    <message>
        <source>Earlier talks: {count}, the first on {date}.</source>
        <translation>أحاديث سابقة: {count}، أولها في {date}.</translation>
    </message>
    <message>
        <source>Overdue and coming up</source>
        <translation>المتأخر والقادم</translation>
    </message>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>لا شيء مستحق. أحسنتم.</translation>
    </message>
    <message>
        <source>Privacy settings by app</source>
        <translation>إعدادات الخصوصية حسب التطبيق</translation>
    </message>
    <message>
        <source>No apps added yet.</source>
        <translation>لم تُضف أي تطبيقات بعد.</translation>
    </message>
    <message>
        <source>asks users to be at least {age}</source>
        <translation>يطلب أن يكون عمر المستخدمين {age} على الأقل</translation>
    </message>
    <message>
        <source>Not needed at this age yet</source>
        <translation>غير مطلوب في هذا العمر بعد</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>للقيام به</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due: the advice changed</source>
        <translation>مفعّل منذ {date}؛ تحتاج إلى إعادة تحقق: تغيّرت النصيحة</translation>
    </message>
    <message>
        <source>In place since {date}; re-check due</source>
        <translation>مفعّل منذ {date}؛ تحتاج إلى إعادة تحقق</translation>
    </message>
    <message>
        <source>Done {date}; re-check by {recheck}</source>
        <translation>تم في {date}؛ إعادة التحقق قبل {recheck}</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>خطوات المتابعة</translation>
    </message>
    <message>
        <source>No open follow-ups.</source>
        <translation>لا خطوات متابعة مفتوحة.</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>متأخر منذ {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>قبل {date}</translation>
    </message>
    <message>
        <source>Next family check-in: {date}</source>
        <translation>لقاء العائلة التالي: {date}</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>الساعة {time}</translation>
    </message>
    <message>
        <source>Look at the family agreement (version {version}) again by {date}</source>
        <translation>مراجعة الاتفاق العائلي (النسخة {version}) مرة أخرى قبل {date}</translation>
    </message>
    <message>
        <source>The family agreement has not been agreed yet.</source>
        <translation>لم تتم الموافقة على الاتفاق العائلي بعد.</translation>
    </message>
    <message>
        <source>For the whole family</source>
        <translation>للعائلة كلها</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>الاتفاق العائلي</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>ورقة لمقدّم الرعاية</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>خطة العائلة</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>بطاقات الحديث</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Our family</source>
        <translation>عائلتنا</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>متأخر منذ {date}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحق اليوم</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>مستحق في {date}</translation>
    </message>
    <message>
        <source>Our times, places and devices</source>
        <translation>أوقاتنا وأماكننا وأجهزتنا</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>التوقيعات</translation>
    </message>
    <message>
        <source>What to do if worried</source>
        <translation>ما العمل عند القلق</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>خطوط المساعدة</translation>
    </message>
    <message>
        <source>{title} {date}.pdf</source>
        <translation>{title} {date}.pdf</translation>
    </message>
    <message>
        <source>The apps, games and devices we use</source>
        <translation>التطبيقات والألعاب والأجهزة التي نستخدمها</translation>
    </message>
    <message>
        <source>No screens: {places}.</source>
        <translation>بلا شاشات: {places}.</translation>
    </message>
    <message>
        <source>Devices go to bed at {time}.</source>
        <translation>تنام الأجهزة الساعة {time}.</translation>
    </message>
    <message>
        <source>Games and videos: {time}.</source>
        <translation>الألعاب والفيديوهات: {time}.</translation>
    </message>
    <message>
        <source>Sleep and moving about come first, every day, before screens.</source>
        <translation>النوم والحركة أولًا، كل يوم، قبل الشاشات.</translation>
    </message>
    <message>
        <source>Our times and places</source>
        <translation>أوقاتنا وأماكننا</translation>
    </message>
    <message>
        <source>Grown-ups we trust, who we can always tell:</source>
        <translation>كبار نثق بهم، ويمكننا دائمًا أن نخبرهم:</translation>
    </message>
    <message>
        <source>If you want to talk to someone outside the family: {who}.</source>
        <translation>إذا أردت التحدث مع شخص من خارج العائلة: {who}.</translation>
    </message>
    <message>
        <source>People we can talk to</source>
        <translation>أشخاص يمكننا التحدث معهم</translation>
    </message>
</context>
<context>
    <name>DocumentsGroup</name>
    <message>
        <source>Printed documents</source>
        <translation>المستندات المطبوعة</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>مثال: عائلة أحمد</translation>
    </message>
    <message>
        <source>How carers reach you</source>
        <translation>كيف يتواصل معكم مقدّمو الرعاية</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>مثال: أمي: 0100 123 4567</translation>
    </message>
    <message>
        <source>Author written into PDF files</source>
        <translation>المؤلف المكتوب في ملفات PDF</translation>
    </message>
    <message>
        <source>Left out unless you fill it in</source>
        <translation>يُترك فارغًا ما لم تملؤوه</translation>
    </message>
    <message>
        <source>Famil&amp;y name</source>
        <translation>اسم العائلة (&amp;Y)</translation>
    </message>
    <message>
        <source>C&amp;ontact line for carers</source>
        <translation>سطر التواصل لمقدّمي الرعاية (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Author in PDF files</source>
        <translation>المؤلف في ملفات PDF (&amp;A)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>As usual in our country</source>
        <translation>كالمعتاد في بلدنا</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>الورق (&amp;P)</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Nothing is due. Well done.</source>
        <translation>لا شيء مستحق. أحسنتم.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>مؤجَّل حتى {date}.</translation>
    </message>
</context>
<context>
    <name>EntryCard</name>
    <message>
        <source>Mark done</source>
        <translation>تحديد كمنجز</translation>
    </message>
    <message>
        <source>Other topics</source>
        <translation>مواضيع أخرى</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <source>For a week</source>
        <translation>لمدة أسبوع</translation>
    </message>
    <message>
        <source>Log the talk…</source>
        <translation>تسجيل الحديث…</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>Open the agreement</source>
        <translation>فتح الاتفاق</translation>
    </message>
    <message>
        <source>See the new topics</source>
        <translation>عرض المواضيع الجديدة</translation>
    </message>
    <message>
        <source>You could start with: “{starter}”</source>
        <translation>يمكنكم البدء بـ: «⁨{starter}⁩»</translation>
    </message>
    <message numerus="yes">
        <source>{settings}; and %n more</source>
        <translation>
            <numerusform>⁨{settings}⁩؛ و%n أخرى</numerusform>
            <numerusform>⁨{settings}⁩؛ وإعداد آخر</numerusform>
            <numerusform>⁨{settings}⁩؛ وإعدادان آخران</numerusform>
            <numerusform>⁨{settings}⁩؛ و%n إعدادات أخرى</numerusform>
            <numerusform>⁨{settings}⁩؛ و%n إعدادًا آخر</numerusform>
            <numerusform>⁨{settings}⁩؛ و%n إعداد آخر</numerusform>
        </translation>
    </message>
    <message>
        <source>New topics: {titles}</source>
        <translation>مواضيع جديدة: ⁨{titles}⁩</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Please enter a name. A nickname is enough.</source>
        <translation>يرجى إدخال اسم. يكفي اسم التدليل.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters.</source>
        <translation>يمكن أن يحتوي الاسم على {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>A name can hold letters, numbers, spaces and punctuation, but no invisible or control characters. Please type it again.</source>
        <translation>يمكن أن يحتوي الاسم على حروف وأرقام ومسافات وعلامات ترقيم، لكن دون أحرف غير مرئية أو أحرف تحكم. يرجى كتابته مرة أخرى.</translation>
    </message>
    <message>
        <source>Someone called “{name}” is already in the household.</source>
        <translation>يوجد بالفعل شخص اسمه «{name}» في الأسرة.</translation>
    </message>
    <message>
        <source>Please give the child&apos;s birth month (year and month).</source>
        <translation>يرجى إدخال شهر ميلاد الطفل (السنة والشهر).</translation>
    </message>
    <message>
        <source>“{born}” is not a birth month: use YYYY-MM or YYYY-MM-DD.</source>
        <translation>«{born}» ليس شهر ميلاد: استخدموا YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The birth month {born} is in the future.</source>
        <translation>شهر الميلاد {born} في المستقبل.</translation>
    </message>
    <message>
        <source>Someone born in {born} is over {limit}: please add them as an adult.</source>
        <translation>من وُلد في {born} تجاوز {limit} سنة: يرجى إضافته كشخص بالغ.</translation>
    </message>
    <message>
        <source>There is no one called “{name}” in the household.</source>
        <translation>لا يوجد في الأسرة أحد اسمه «{name}».</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of FamilySafe (schema {found}; this version knows {known}). Please update FamilySafe to open it. Nothing was changed.</source>
        <translation>حُفظت هذه البيانات بإصدار أحدث من FamilySafe (المخطط {found}؛ هذا الإصدار يعرف {known}). يرجى تحديث FamilySafe لفتحها. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>That month does not have that day.</source>
        <translation>هذا الشهر لا يحتوي على هذا اليوم.</translation>
    </message>
    <message>
        <source>Adults have no birth month in FamilySafe.</source>
        <translation>ليس للبالغين شهر ميلاد في FamilySafe.</translation>
    </message>
    <message>
        <source>Removing someone deletes everything about them; backups keep them until they rotate out (add --from-backups to remove them from backups too): add --yes to confirm.</source>
        <translation>إزالة شخص تحذف كل ما يخصّه؛ وتحتفظ به النسخ الاحتياطية إلى أن تُستبدل بنسخ أحدث (أضيفوا --from-backups لإزالته من النسخ الاحتياطية أيضًا): أضيفوا --yes للتأكيد.</translation>
    </message>
    <message>
        <source>There is no topic “{id}”. See: familysafe topic list</source>
        <translation>لا يوجد موضوع «{id}». انظروا: familysafe topic list</translation>
    </message>
    <message>
        <source>There is no app “{id}”. See: familysafe app catalogue</source>
        <translation>لا يوجد تطبيق «{id}». انظروا: familysafe app catalogue</translation>
    </message>
    <message>
        <source>FamilySafe has no helplines for the country code “{country}” yet.</source>
        <translation>لا توجد في FamilySafe خطوط مساعدة لرمز البلد «{country}» بعد.</translation>
    </message>
    <message>
        <source>“{band}” is not an age band: use 0-4, 5-7, 8-10, 11-12, 13-15, 16-17 or 18+.</source>
        <translation>«{band}» ليست فئة عمرية: استخدموا 0-4 أو 5-7 أو 8-10 أو 11-12 أو 13-15 أو 16-17 أو 18+.</translation>
    </message>
    <message>
        <source>The topic “{id}” is not written for ages {band}; it suits {bands}.</source>
        <translation>الموضوع «{id}» غير مكتوب للأعمار {band}؛ إنه يناسب {bands}.</translation>
    </message>
    <message>
        <source>Tick at least one person who took part.</source>
        <translation>حدّدوا شخصًا واحدًا على الأقل شارك في الحديث.</translation>
    </message>
    <message>
        <source>Tick at least one topic you talked about.</source>
        <translation>حدّدوا موضوعًا واحدًا على الأقل تحدثتم عنه.</translation>
    </message>
    <message>
        <source>Write what you will do next in a few words (at most {limit} letters and spaces).</source>
        <translation>اكتبوا ما ستفعلونه لاحقًا ببضع كلمات ({limit} حرفًا ومسافة على الأكثر).</translation>
    </message>
    <message>
        <source>{name} is an adult: this is for children.</source>
        <translation>{name} شخص بالغ: هذا للأطفال.</translation>
    </message>
    <message>
        <source>{name} does not use “{id}”.</source>
        <translation>{name} لا يستخدم «{id}».</translation>
    </message>
    <message>
        <source>{app} has no checklist item “{id}”.</source>
        <translation>لا يحتوي {app} على بند القائمة «{id}».</translation>
    </message>
    <message>
        <source>Nothing due has the key “{key}”. See: familysafe due --json</source>
        <translation>لا يوجد شيء مستحق بالمفتاح «{key}». انظروا: familysafe due --json</translation>
    </message>
    <message>
        <source>Log a talk to mark this done.</source>
        <translation>سجّلوا حديثًا لتحديد هذا كمنجز.</translation>
    </message>
    <message>
        <source>The date {date} is in the future.</source>
        <translation>التاريخ {date} في المستقبل.</translation>
    </message>
    <message>
        <source>Write the line in a few words (at most {limit} letters and spaces).</source>
        <translation>اكتبوا البند ببضع كلمات ({limit} حرفًا ومسافة على الأكثر).</translation>
    </message>
    <message>
        <source>A line must be one line, without line breaks or control characters.</source>
        <translation>يجب أن يكون البند سطرًا واحدًا، دون فواصل أسطر أو أحرف تحكم.</translation>
    </message>
    <message>
        <source>Choose a suggestion or write your own words (one of the two).</source>
        <translation>اختاروا اقتراحًا أو اكتبوا كلماتكم الخاصة (أحدهما فقط).</translation>
    </message>
    <message>
        <source>The suggestion “{id}” is already in the agreement.</source>
        <translation>الاقتراح «{id}» موجود بالفعل في الاتفاق.</translation>
    </message>
    <message>
        <source>There is no agreement section “{id}”. See: familysafe agreement suggestions</source>
        <translation>لا يوجد قسم «{id}» في الاتفاق. انظروا: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The section “{section}” has no suggestion “{id}”. See: familysafe agreement suggestions</source>
        <translation>لا يحتوي القسم «{section}» على الاقتراح «{id}». انظروا: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>The agreement has no line {id}. See: familysafe agreement show</source>
        <translation>لا يحتوي الاتفاق على البند {id}. انظروا: familysafe agreement show</translation>
    </message>
    <message>
        <source>That section has {count} lines: choose a place among them.</source>
        <translation>يحتوي هذا القسم على {count} من البنود: اختاروا مكانًا بينها.</translation>
    </message>
    <message>
        <source>Add at least one line to the agreement before agreeing it.</source>
        <translation>أضيفوا بندًا واحدًا على الأقل إلى الاتفاق قبل الموافقة عليه.</translation>
    </message>
    <message>
        <source>Say who agreed: at least one person from the household.</source>
        <translation>حدّدوا من وافق: شخصًا واحدًا على الأقل من الأسرة.</translation>
    </message>
    <message>
        <source>Version {version} was agreed on {date}: a new version cannot be agreed before it.</source>
        <translation>تمت الموافقة على النسخة {version} في {date}: لا يمكن الموافقة على نسخة جديدة قبل ذلك.</translation>
    </message>
    <message>
        <source>The review date must be after {date}.</source>
        <translation>يجب أن يكون تاريخ المراجعة بعد {date}.</translation>
    </message>
    <message>
        <source>Choose a review date within {years} years of {date}.</source>
        <translation>اختاروا تاريخ مراجعة خلال {years} سنوات من {date}.</translation>
    </message>
    <message>
        <source>The agreement has not been agreed yet. See: familysafe agreement agree</source>
        <translation>لم تتم الموافقة على الاتفاق بعد. انظروا: familysafe agreement agree</translation>
    </message>
    <message>
        <source>There is no version {version} of the agreement.</source>
        <translation>لا توجد النسخة {version} من الاتفاق.</translation>
    </message>
    <message>
        <source>Choose a text size of {sizes} per cent.</source>
        <translation>اختاروا حجم نص من {sizes} بالمئة.</translation>
    </message>
    <message>
        <source>“{value}” is not a value for {key}: use {expected}.</source>
        <translation>«{value}» ليست قيمة لـ {key}: استخدموا {expected}.</translation>
    </message>
    <message>
        <source>There is no setting “{key}” (see: familysafe settings list).</source>
        <translation>لا يوجد إعداد «{key}» (انظروا: familysafe settings list).</translation>
    </message>
    <message>
        <source>Choose the paper: a4 or letter (not “{paper}”).</source>
        <translation>اختاروا الورق: a4 أو letter (وليس «{paper}»).</translation>
    </message>
    <message>
        <source>FamilySafe is not translated into “{language}”. Choose one of: {languages}.</source>
        <translation>FamilySafe غير مترجم إلى «{language}». اختاروا واحدة من: {languages}.</translation>
    </message>
    <message>
        <source>That is too long: at most {limit} characters.</source>
        <translation>هذا طويل جدًا: {limit} حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>That text holds invisible or control characters (perhaps pasted from somewhere else). Please type it again.</source>
        <translation>يحتوي هذا النص على أحرف غير مرئية أو أحرف تحكم (ربما لُصق من مكان آخر). يرجى كتابته مرة أخرى.</translation>
    </message>
    <message>
        <source>That text could not be read (it is not in UTF-8). Please type it again.</source>
        <translation>تعذّرت قراءة هذا النص (ليس بترميز UTF-8). يرجى كتابته مرة أخرى.</translation>
    </message>
    <message>
        <source>The date {date} is too long ago: please give a date from 1900 on.</source>
        <translation>التاريخ {date} قديم جدًا: يرجى إدخال تاريخ من سنة 1900 فما بعد.</translation>
    </message>
    <message>
        <source>A follow-up should be within {years} years: please choose a date by {limit}.</source>
        <translation>يجب أن تكون خطوة المتابعة خلال {years} سنوات: يرجى اختيار تاريخ قبل {limit}.</translation>
    </message>
    <message>
        <source>The FamilySafe data cannot be opened: {detail}</source>
        <translation>لا يمكن فتح بيانات FamilySafe: {detail}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}). The newest good backup is {id}: restore it with: {command}</source>
        <translation>بيانات FamilySafe في {path} تالفة ({reason}). أحدث نسخة احتياطية سليمة هي {id}: استعيدوها بالأمر: {command}</translation>
    </message>
    <message>
        <source>The FamilySafe data in {path} is damaged ({reason}) and there is no good backup to restore. Keep the file: it may still be repaired.</source>
        <translation>بيانات FamilySafe في {path} تالفة ({reason}) ولا توجد نسخة احتياطية سليمة لاستعادتها. احتفظوا بالملف: فقد يمكن إصلاحه.</translation>
    </message>
    <message>
        <source>Another program kept the FamilySafe data locked for more than {seconds} seconds, so this was not saved. Try again in a moment.</source>
        <translation>أبقى برنامج آخر بيانات FamilySafe مقفلة لأكثر من {seconds} ثوانٍ، لذلك لم يُحفظ هذا. حاولوا مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>FamilySafe is open in a window: close it first, then restore.</source>
        <translation>FamilySafe مفتوح في نافذة: أغلقوها أولًا، ثم استعيدوا النسخة.</translation>
    </message>
    <message>
        <source>There is no backup “{id}”. See: familysafe backup list</source>
        <translation>لا توجد نسخة احتياطية «{id}». انظروا: familysafe backup list</translation>
    </message>
    <message>
        <source>The backup {id} is damaged and cannot be restored. Choose another one.</source>
        <translation>النسخة الاحتياطية {id} تالفة ولا يمكن استعادتها. اختاروا نسخة أخرى.</translation>
    </message>
    <message>
        <source>The backup failed its check and was not kept: {detail}</source>
        <translation>لم تنجح النسخة الاحتياطية في الفحص فلم يُحتفظ بها: {detail}</translation>
    </message>
    <message>
        <source>Restoring puts the backup {id} in place of your data (which is backed up first): add --yes to confirm.</source>
        <translation>الاستعادة تضع النسخة الاحتياطية {id} مكان بياناتكم (التي تُنسخ احتياطيًا أولًا): أضيفوا --yes للتأكيد.</translation>
    </message>
    <message>
        <source>Could not save {path}: that is a device or a pipe, not a file. Nothing was saved.</source>
        <translation>تعذّر حفظ {path}: هذا جهاز أو أنبوب وليس ملفًا. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Nothing was saved.</source>
        <translation>المجلد {folder} غير موجود. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Nothing was saved.</source>
        <translation>تعذّر حفظ {path}: {reason}. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>“{kind}” is not a document FamilySafe makes: use agreement, carer, plan or cards.</source>
        <translation>«{kind}» ليس مستندًا يصنعه FamilySafe: استخدموا agreement أو carer أو plan أو cards.</translation>
    </message>
    <message>
        <source>“{id}” is not a section of this document; choose from: {sections}.</source>
        <translation>«{id}» ليس قسمًا من هذا المستند؛ اختاروا من: {sections}.</translation>
    </message>
    <message>
        <source>Choose a topic for the conversation cards. See: familysafe topic list</source>
        <translation>اختاروا موضوعًا لبطاقات الحديث. انظروا: familysafe topic list</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: add a child first.</source>
        <translation>لا يوجد ما يوضع في التقويم بعد: أضيفوا طفلًا أولًا.</translation>
    </message>
    <message>
        <source>Could not change starting FamilySafe at login: {reason}</source>
        <translation>تعذّر تغيير تشغيل FamilySafe عند تسجيل الدخول: {reason}</translation>
    </message>
    <message>
        <source>that file or folder is not there</source>
        <translation>هذا الملف أو المجلد غير موجود هناك</translation>
    </message>
    <message>
        <source>this computer does not allow FamilySafe to write there</source>
        <translation>هذا الحاسوب لا يسمح لـ FamilySafe بالكتابة هناك</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>that place can only be read, not written to</source>
        <translation>هذا المكان للقراءة فقط، لا يمكن الكتابة فيه</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>that name is too long for this computer</source>
        <translation>هذا الاسم طويل جدًا بالنسبة لهذا الحاسوب</translation>
    </message>
    <message>
        <source>something with that name is already there</source>
        <translation>يوجد هناك بالفعل شيء بهذا الاسم</translation>
    </message>
    <message>
        <source>the computer could not do it</source>
        <translation>لم يستطع الحاسوب فعل ذلك</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Print or share</source>
        <translation>طباعة أو مشاركة</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>e.g. The Okafor family</source>
        <translation>مثال: عائلة أحمد</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Include private &amp;notes</source>
        <translation>تضمين الملاحظات الخاصة (&amp;N)</translation>
    </message>
    <message>
        <source>How to reach you</source>
        <translation>كيف يتواصلون معكم</translation>
    </message>
    <message>
        <source>e.g. Mum: 07700 900123</source>
        <translation>مثال: أمي: 0100 123 4567</translation>
    </message>
    <message>
        <source>Backup contact</source>
        <translation>جهة اتصال بديلة</translation>
    </message>
    <message>
        <source>e.g. Mrs Ito next door: 07700 900456</source>
        <translation>مثال: السيدة إيتو جارتنا: 07700 900456</translation>
    </message>
    <message>
        <source>Where we are, back when</source>
        <translation>أين نحن، ومتى نعود</translation>
    </message>
    <message>
        <source>e.g. At the theatre, back by 23:00</source>
        <translation>مثال: في المسرح، نعود قبل 23:00</translation>
    </message>
    <message>
        <source>Home address for emergency services</source>
        <translation>عنوان البيت لخدمات الطوارئ</translation>
    </message>
    <message>
        <source>Not saved. Empty: a line to write it by hand</source>
        <translation>لا يُحفظ. إذا تُرك فارغًا: سطر لكتابته باليد</translation>
    </message>
    <message>
        <source>We live in two &amp;homes: one copy for each</source>
        <translation>نعيش في بيتين: نسخة لكل بيت (&amp;H)</translation>
    </message>
    <message>
        <source>Names of the homes</source>
        <translation>أسماء البيتين</translation>
    </message>
    <message>
        <source>e.g. Mum&apos;s home, Dad&apos;s home</source>
        <translation>مثال: بيت أمي، بيت أبي</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Words for ages</source>
        <translation>الكلمات للأعمار</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>طباعة كبيرة (&amp;L)</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Open the file after saving</source>
        <translation>فتح الملف بعد الحفظ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>المستند (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>اسم العائلة (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Children</source>
        <translation>الأطفال (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>الموضوع (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Words for</source>
        <translation>الكلمات لـ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Backup contact</source>
        <translation>جهة اتصال بديلة (&amp;B)</translation>
    </message>
    <message>
        <source>Where we are, back b&amp;y</source>
        <translation>أين نحن، ومتى نعود (&amp;Y)</translation>
    </message>
    <message>
        <source>Home &amp;address</source>
        <translation>عنوان البيت (&amp;A)</translation>
    </message>
    <message>
        <source>Homes</source>
        <translation>البيتان</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>الورق (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>حفظ PDF (&amp;S)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>طباعة (&amp;R)…</translation>
    </message>
    <message>
        <source>Print it on a printer of this computer</source>
        <translation>الطباعة على طابعة متصلة بهذا الحاسوب</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Family agreement</source>
        <translation>الاتفاق العائلي</translation>
    </message>
    <message>
        <source>Carer handout</source>
        <translation>ورقة لمقدّم الرعاية</translation>
    </message>
    <message>
        <source>Family plan</source>
        <translation>خطة العائلة</translation>
    </message>
    <message>
        <source>Conversation cards</source>
        <translation>بطاقات الحديث</translation>
    </message>
    <message>
        <source>Your agreement, in words the children can read, with a place for everyone to sign.</source>
        <translation>اتفاقكم، بكلمات يستطيع الأطفال قراءتها، مع مكان ليوقّع الجميع.</translation>
    </message>
    <message>
        <source>For grandparents and sitters: each child&apos;s apps and rules, the settings in place, what to do if something goes wrong, and who to call. No birth dates.</source>
        <translation>للأجداد وجليسي الأطفال: تطبيقات كل طفل وقواعده، والإعدادات المفعّلة، وما يجب فعله إذا حدث خطأ، ومن يُتصل به. دون تواريخ ميلاد.</translation>
    </message>
    <message>
        <source>For the parents: what to talk about next, what was talked about, what is overdue, and each app&apos;s settings.</source>
        <translation>للوالدين: عمّ يتحدثون لاحقًا، وعمّ تحدثوا، وما هو متأخر، وإعدادات كل تطبيق.</translation>
    </message>
    <message>
        <source>One topic&apos;s conversation starters as cards to print and cut out.</source>
        <translation>عبارات بدء الحديث لموضوع واحد على شكل بطاقات للطباعة والقص.</translation>
    </message>
    <message>
        <source>No contact line: the handout will have blank lines for you to write how to reach you.</source>
        <translation>لا سطر للتواصل: ستحتوي الورقة على أسطر فارغة لتكتبوا كيف يتواصلون معكم.</translation>
    </message>
    <message>
        <source>The notes you wrote after talks will be in this file. Anyone who sees the file or the printout can read them.</source>
        <translation>الملاحظات التي كتبتموها بعد الأحاديث ستكون في هذا الملف. يستطيع أي شخص يرى الملف أو النسخة المطبوعة قراءتها.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>جارٍ تحضير المعاينة…</translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n (the first {shown} shown).</source>
        <translation>
            <numerusform>الصفحات: %n.</numerusform>
            <numerusform>صفحة واحدة.</numerusform>
            <numerusform>صفحتان (تظهر الأولى).</numerusform>
            <numerusform>الصفحات: %n (تظهر أول ⁨{shown}⁩).</numerusform>
            <numerusform>الصفحات: %n (تظهر أول ⁨{shown}⁩).</numerusform>
            <numerusform>الصفحات: %n (تظهر أول ⁨{shown}⁩).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pages: %n.</source>
        <translation>
            <numerusform>الصفحات: %n.</numerusform>
            <numerusform>صفحة واحدة.</numerusform>
            <numerusform>صفحتان.</numerusform>
            <numerusform>الصفحات: %n.</numerusform>
            <numerusform>الصفحات: %n.</numerusform>
            <numerusform>الصفحات: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF is saved, but this computer has no program that opens it. It is in {folder}.</source>
        <translation>تم حفظ ملف PDF، لكن لا يوجد على هذا الحاسوب برنامج يفتحه. إنه في ⁨{folder}⁩.</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>جارٍ التحضير للطباعة…</translation>
    </message>
    <message>
        <source>The printer could not be used. Nothing was printed.</source>
        <translation>تعذّر استخدام الطابعة. لم يُطبع شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Pages sent to the printer: %n.</source>
        <translation>
            <numerusform>الصفحات المرسلة إلى الطابعة: %n.</numerusform>
            <numerusform>أُرسلت صفحة واحدة إلى الطابعة.</numerusform>
            <numerusform>أُرسلت صفحتان إلى الطابعة.</numerusform>
            <numerusform>الصفحات المرسلة إلى الطابعة: %n.</numerusform>
            <numerusform>الصفحات المرسلة إلى الطابعة: %n.</numerusform>
            <numerusform>الصفحات المرسلة إلى الطابعة: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <source>S&amp;ections</source>
        <translation>الأقسام (&amp;E)</translation>
    </message>
    <message>
        <source>Contact l&amp;ine</source>
        <translation>سطر التواصل (&amp;I)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>تم حفظ ⁨{path}⁩. عدد الصفحات: ⁨{pages}⁩.</translation>
    </message>
</context>
<context>
    <name>FamilyPage</name>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <source>Add a &amp;child</source>
        <translation>إضافة طفل (&amp;C)</translation>
    </message>
    <message>
        <source>Add an a&amp;dult or carer</source>
        <translation>إضافة شخص بالغ أو مقدّم رعاية (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل (&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>إزالة (&amp;R)…</translation>
    </message>
    <message>
        <source>Who is in your family?</source>
        <translation>من في عائلتكم؟</translation>
    </message>
    <message>
        <source>Start by adding your children. A first name or a nickname and the month they were born are all FamilySafe needs: it uses them to suggest what to talk about at their age. Then add the adults and carers who look after them. Everything stays on this computer.</source>
        <translation>ابدؤوا بإضافة أطفالكم. الاسم الأول أو اسم التدليل وشهر الميلاد هما كل ما يحتاجه FamilySafe: يستخدمهما ليقترح ما تتحدثون عنه في عمرهم. ثم أضيفوا البالغين ومقدّمي الرعاية الذين يعتنون بهم. كل شيء يبقى على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Add your first child</source>
        <translation>إضافة طفلكم الأول</translation>
    </message>
    <message>
        <source>The children and adults in your household. Children move to the next age band by themselves as they grow.</source>
        <translation>الأطفال والبالغون في أسرتكم. ينتقل الأطفال إلى الفئة العمرية التالية تلقائيًا مع نموهم.</translation>
    </message>
    <message>
        <source>{name} is an adult or carer. Adults can take part in talks and sign the family agreement; the carer handout is written for people like them.</source>
        <translation>⁨{name}⁩ شخص بالغ أو مقدّم رعاية. يمكن للبالغين المشاركة في الأحاديث والتوقيع على الاتفاق العائلي؛ وورقة مقدّم الرعاية مكتوبة لأشخاص مثلهم.</translation>
    </message>
    <message>
        <source>{name}
Adult or carer</source>
        <translation>⁨{name}⁩
بالغ أو مقدّم رعاية</translation>
    </message>
    <message>
        <source>{name}
{age} · {band}</source>
        <translation>⁨{name}⁩
⁨{age}⁩ · ⁨{band}⁩</translation>
    </message>
    <message>
        <source>This removes {name} and everything FamilySafe knows about them: their apps, checklists and the talks logged with them. It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>سيؤدي هذا إلى إزالة ⁨{name}⁩ وكل ما يعرفه FamilySafe عنه: تطبيقاته وقوائمه والأحاديث المسجّلة معه. لا يمكن التراجع عن ذلك. تحتفظ به النسخ الاحتياطية إلى أن تُستبدل بنسخ أحدث، خلال سنة؛ ويمكنكم بعد ذلك إزالته من النسخ الاحتياطية أيضًا.</translation>
    </message>
    <message>
        <source>This removes {name} from the household and from the talks they took part in (a talk with no one else in it goes too). It cannot be undone. Backups keep them until they rotate out, within a year; you can remove them from the backups too next.</source>
        <translation>سيؤدي هذا إلى إزالة ⁨{name}⁩ من الأسرة ومن الأحاديث التي شارك فيها (والحديث الذي لا يبقى فيه أحد غيره يُزال أيضًا). لا يمكن التراجع عن ذلك. تحتفظ به النسخ الاحتياطية إلى أن تُستبدل بنسخ أحدث، خلال سنة؛ ويمكنكم بعد ذلك إزالته من النسخ الاحتياطية أيضًا.</translation>
    </message>
    <message>
        <source>Remove {name} from the backups too?</source>
        <translation>إزالة ⁨{name}⁩ من النسخ الاحتياطية أيضًا؟</translation>
    </message>
    <message>
        <source>The backups still hold {name}. Remove them from every backup now? Each backup is rewritten without them and checked; the rest of it stays.</source>
        <translation>ما زالت النسخ الاحتياطية تحتوي على ⁨{name}⁩. هل تريدون إزالته من كل النسخ الاحتياطية الآن؟ تُكتب كل نسخة من جديد من دونه ثم تُفحص؛ ويبقى باقيها كما هو.</translation>
    </message>
    <message>
        <source>Remove from the backups</source>
        <translation>إزالة من النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Remove {name}?</source>
        <translation>إزالة ⁨{name}⁩؟</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>إزالة ⁨{name}⁩</translation>
    </message>
</context>
<context>
    <name>FamilySection</name>
    <message>
        <source>The whole family</source>
        <translation>العائلة كلها</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>age {years}</source>
        <translation>العمر ⁨{years}⁩</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Adult or carer</source>
        <translation>بالغ أو مقدّم رعاية</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>الحصول على مساعدة الآن</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>بمن تتصلون أولًا</translation>
    </message>
    <message>
        <source>Take a breath. You are doing the right thing by acting. If a child is in danger right now, call the emergency number first.</source>
        <translation>خذوا نفسًا. أنتم تفعلون الصواب بالتصرف. إذا كان طفل في خطر الآن، فاتصلوا برقم الطوارئ أولًا.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>البلد (&amp;C)</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Helplines and reporting</source>
        <translation>خطوط المساعدة والإبلاغ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>In an emergency, call {number}</source>
        <translation>في حالة الطوارئ، اتصلوا بالرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <source>In an emergency call {number}</source>
        <translation>في حالة الطوارئ اتصلوا بالرقم ⁨{number}⁩</translation>
    </message>
    <message>
        <source>Do this first</source>
        <translation>افعلوا هذا أولًا</translation>
    </message>
    <message>
        <source>Please do not</source>
        <translation>يرجى عدم</translation>
    </message>
    <message>
        <source>Keeping evidence safely</source>
        <translation>حفظ الأدلة بأمان</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>الإبلاغ</translation>
    </message>
    <message>
        <source>Who can help in {country}</source>
        <translation>من يمكنه المساعدة في ⁨{country}⁩</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>بعد ذلك</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Talks logged</source>
        <translation>الأحاديث المسجلة</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>تسجيل حديث (&amp;L)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تعديل (&amp;I)…</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>حذف (&amp;T)…</translation>
    </message>
    <message>
        <source>No talks logged with {name} yet. After a talk, log it here.</source>
        <translation>لم يُسجَّل أي حديث مع ⁨{name}⁩ بعد. بعد الحديث، سجّلوه هنا.</translation>
    </message>
    <message>
        <source>{date} · with {names}</source>
        <translation>⁨{date}⁩ · مع ⁨{names}⁩</translation>
    </message>
    <message>
        <source>How it went: {text}</source>
        <translation>كيف جرى: ⁨{text}⁩</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>قبل ⁨{date}⁩</translation>
    </message>
    <message>
        <source>Follow-up: {text} ({state})</source>
        <translation>متابعة: ⁨{text}⁩ (⁨{state}⁩)</translation>
    </message>
    <message>
        <source>Delete this talk?</source>
        <translation>حذف هذا الحديث؟</translation>
    </message>
    <message>
        <source>This deletes the talk on {date}, its notes and its follow-ups. It cannot be undone.</source>
        <translation>سيؤدي هذا إلى حذف حديث ⁨{date}⁩ وملاحظاته وخطوات متابعته. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete the talk</source>
        <translation>حذف الحديث</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و {last}</translation>
    </message>
</context>
<context>
    <name>LogTalkDialog</name>
    <message>
        <source>Edit a talk</source>
        <translation>تعديل حديث</translation>
    </message>
    <message>
        <source>Log a talk</source>
        <translation>تسجيل حديث</translation>
    </message>
    <message>
        <source>Date of the talk</source>
        <translation>تاريخ الحديث</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>من شارك</translation>
    </message>
    <message>
        <source>Find a topic</source>
        <translation>البحث عن موضوع</translation>
    </message>
    <message>
        <source>Topics talked about</source>
        <translation>المواضيع التي تحدثتم عنها</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>كيف جرى</translation>
    </message>
    <message>
        <source>Optional: how it went, in a few words</source>
        <translation>اختياري: كيف جرى، ببضع كلمات</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>ملاحظات خاصة</translation>
    </message>
    <message>
        <source>Optional private notes. They stay on this computer and never appear in reminders, and in printed plans only if you choose.</source>
        <translation>ملاحظات خاصة اختيارية. تبقى على هذا الحاسوب ولا تظهر أبدًا في التذكيرات، ولا في الخطط المطبوعة إلا إذا اخترتم ذلك.</translation>
    </message>
    <message>
        <source>Add a &amp;follow-up</source>
        <translation>إضافة خطوة متابعة (&amp;F)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>خطوة المتابعة</translation>
    </message>
    <message>
        <source>e.g. Turn off chat in Roblox together</source>
        <translation>مثال: إيقاف الدردشة في Roblox معًا</translation>
    </message>
    <message>
        <source>Follow-up due by</source>
        <translation>موعد خطوة المتابعة</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>التاريخ (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>مع (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Topics</source>
        <translation>المواضيع (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;How it went</source>
        <translation>كيف جرى (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>الملاحظات (&amp;N)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{app} (sample family)</source>
        <translation>⁨{app}⁩ (عائلة نموذجية)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>الحصول على مساعدة الآن</translation>
    </message>
    <message>
        <source>What to do if something has happened (F1)</source>
        <translation>ما العمل إذا حدث شيء (F1)</translation>
    </message>
    <message>
        <source>Sample family: changes are not kept.</source>
        <translation>عائلة نموذجية: التغييرات لا تُحفظ.</translation>
    </message>
    <message>
        <source>{page} ({keys})</source>
        <translation>⁨{page}⁩ (⁨{keys}⁩)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>تسجيل حديث (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Print or share…</source>
        <translation>طباعة أو مشاركة (&amp;P)…</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar…</source>
        <translation>إضافة إلى تقويمي (&amp;C)…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>انتقال إلى</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>الحصول على مساعدة الآن (&amp;G)</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit {name}</source>
        <translation>تعديل ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>A first name or a nickname</source>
        <translation>الاسم الأول أو اسم التدليل</translation>
    </message>
    <message>
        <source>A nickname is enough. FamilySafe never needs a full name.</source>
        <translation>يكفي اسم التدليل. لا يحتاج FamilySafe أبدًا إلى الاسم الكامل.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>طفل (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Adult or carer</source>
        <translation>بالغ أو مقدّم رعاية (&amp;A)</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>سنة الميلاد</translation>
    </message>
    <message>
        <source>Month of birth</source>
        <translation>شهر الميلاد</translation>
    </message>
    <message>
        <source>Day of birth (optional)</source>
        <translation>يوم الميلاد (اختياري)</translation>
    </message>
    <message>
        <source>Day not given</source>
        <translation>اليوم غير محدد</translation>
    </message>
    <message>
        <source>The month is enough: FamilySafe uses it to know which advice fits their age, and moves them on as they grow.</source>
        <translation>الشهر يكفي: يستخدمه FamilySafe ليعرف أي النصائح تناسب العمر، وينقل الطفل إلى الفئة التالية مع نموه.</translation>
    </message>
    <message>
        <source>&amp;Born in</source>
        <translation>الميلاد في (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>تصغير (Ctrl+minus)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>تكبير (Ctrl+plus)</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>معاينة الصفحات</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>⁨{percent}⁩%</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>الصفحة ⁨{number}⁩</translation>
    </message>
</context>
<context>
    <name>PlaceGroup</name>
    <message>
        <source>Country, language and text size</source>
        <translation>البلد واللغة وحجم النص</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Country (for helplines)</source>
        <translation>البلد (لخطوط المساعدة) (&amp;C)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>لغة الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة (&amp;L)</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>As on this computer</source>
        <translation>كما في هذا الحاسوب</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>أكبر</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>حجم النص (&amp;T)</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Suits their age</source>
        <translation>يناسب عمره</translation>
    </message>
    <message>
        <source>{feature} on {apps}</source>
        <translation>{feature} في {apps}</translation>
    </message>
    <message>
        <source>Not talked about yet</source>
        <translation>لم يُتحدث عنه بعد</translation>
    </message>
    <message>
        <source>Talked about this today</source>
        <translation>تحدثتم عن هذا اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Talked about this %n day(s) ago</source>
        <translation>
            <numerusform>تحدثتم عن هذا اليوم</numerusform>
            <numerusform>تحدثتم عن هذا قبل يوم واحد</numerusform>
            <numerusform>تحدثتم عن هذا قبل يومين</numerusform>
            <numerusform>تحدثتم عن هذا قبل %n أيام</numerusform>
            <numerusform>تحدثتم عن هذا قبل %n يومًا</numerusform>
            <numerusform>تحدثتم عن هذا قبل %n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>worth revisiting every %n day(s)</source>
        <translation>
            <numerusform>تستحق العودة إليه كل يوم</numerusform>
            <numerusform>تستحق العودة إليه كل يوم</numerusform>
            <numerusform>تستحق العودة إليه كل يومين</numerusform>
            <numerusform>تستحق العودة إليه كل %n أيام</numerusform>
            <numerusform>تستحق العودة إليه كل %n يومًا</numerusform>
            <numerusform>تستحق العودة إليه كل %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>{ago} ({every})</source>
        <translation>{ago} ({every})</translation>
    </message>
    <message numerus="yes">
        <source>Due for another talk (%n day(s) past)</source>
        <translation>
            <numerusform>حان وقت حديث آخر (متأخر %n يوم)</numerusform>
            <numerusform>حان وقت حديث آخر (متأخر يومًا واحدًا)</numerusform>
            <numerusform>حان وقت حديث آخر (متأخر يومين)</numerusform>
            <numerusform>حان وقت حديث آخر (متأخر %n أيام)</numerusform>
            <numerusform>حان وقت حديث آخر (متأخر %n يومًا)</numerusform>
            <numerusform>حان وقت حديث آخر (متأخر %n يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>New at their age: {band}</source>
        <translation>جديد في عمره: {band}</translation>
    </message>
    <message>
        <source>Follow-up still open: {text}</source>
        <translation>خطوة متابعة ما زالت مفتوحة: {text}</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>لقاء العائلة</translation>
    </message>
    <message>
        <source>Look at the family agreement again (agreed {date})</source>
        <translation>مراجعة الاتفاق العائلي مرة أخرى (تمت الموافقة عليه في {date})</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>حديث مع {name}</translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to set up</source>
        <translation>
            <numerusform>{app} لـ {name}: لا إعدادات للضبط</numerusform>
            <numerusform>{app} لـ {name}: إعداد واحد للضبط</numerusform>
            <numerusform>{app} لـ {name}: إعدادان للضبط</numerusform>
            <numerusform>{app} لـ {name}: %n إعدادات للضبط</numerusform>
            <numerusform>{app} لـ {name}: %n إعدادًا للضبط</numerusform>
            <numerusform>{app} لـ {name}: %n إعداد للضبط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to re-check</source>
        <translation>
            <numerusform>{app} لـ {name}: لا إعدادات لإعادة التحقق</numerusform>
            <numerusform>{app} لـ {name}: إعداد واحد لإعادة التحقق</numerusform>
            <numerusform>{app} لـ {name}: إعدادان لإعادة التحقق</numerusform>
            <numerusform>{app} لـ {name}: %n إعدادات لإعادة التحقق</numerusform>
            <numerusform>{app} لـ {name}: %n إعدادًا لإعادة التحقق</numerusform>
            <numerusform>{app} لـ {name}: %n إعداد لإعادة التحقق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{app} for {name}: %n setting(s) to check</source>
        <translation>
            <numerusform>{app} لـ {name}: لا إعدادات للتحقق</numerusform>
            <numerusform>{app} لـ {name}: إعداد واحد للتحقق</numerusform>
            <numerusform>{app} لـ {name}: إعدادان للتحقق</numerusform>
            <numerusform>{app} لـ {name}: %n إعدادات للتحقق</numerusform>
            <numerusform>{app} لـ {name}: %n إعدادًا للتحقق</numerusform>
            <numerusform>{app} لـ {name}: %n إعداد للتحقق</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up: {text}</source>
        <translation>متابعة: {text}</translation>
    </message>
    <message>
        <source>{name} is now in a new age band ({band})</source>
        <translation>{name} الآن في فئة عمرية جديدة ({band})</translation>
    </message>
    <message>
        <source>{name} moves into a new age band ({band})</source>
        <translation>ينتقل {name} إلى فئة عمرية جديدة ({band})</translation>
    </message>
    <message>
        <source>Suggested topic: “{topic}”</source>
        <translation>موضوع مقترح: «{topic}»</translation>
    </message>
    <message>
        <source>Since {date}</source>
        <translation>منذ {date}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>%n talk(s)</source>
        <translation>
            <numerusform>لا أحاديث</numerusform>
            <numerusform>حديث واحد</numerusform>
            <numerusform>حديثان</numerusform>
            <numerusform>%n أحاديث</numerusform>
            <numerusform>%n حديثًا</numerusform>
            <numerusform>%n حديث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n app(s) to check</source>
        <translation>
            <numerusform>لا تطبيقات للتحقق</numerusform>
            <numerusform>تطبيق واحد للتحقق</numerusform>
            <numerusform>تطبيقان للتحقق</numerusform>
            <numerusform>%n تطبيقات للتحقق</numerusform>
            <numerusform>%n تطبيقًا للتحقق</numerusform>
            <numerusform>%n تطبيق للتحقق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more thing(s)</source>
        <translation>
            <numerusform>لا شيء آخر</numerusform>
            <numerusform>شيء آخر واحد</numerusform>
            <numerusform>شيئان آخران</numerusform>
            <numerusform>%n أشياء أخرى</numerusform>
            <numerusform>%n شيئًا آخر</numerusform>
            <numerusform>%n شيء آخر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to do</source>
        <translation>
            <numerusform>لا شيء للقيام به</numerusform>
            <numerusform>شيء واحد للقيام به</numerusform>
            <numerusform>شيئان للقيام بهما</numerusform>
            <numerusform>%n أشياء للقيام بها</numerusform>
            <numerusform>%n شيئًا للقيام به</numerusform>
            <numerusform>%n شيء للقيام به</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>A follow-up from a talk is due</source>
        <translation>حان موعد خطوة متابعة من حديث</translation>
    </message>
    <message>
        <source>your child</source>
        <translation>طفلكم</translation>
    </message>
    <message>
        <source>Family check-in</source>
        <translation>لقاء العائلة</translation>
    </message>
    <message>
        <source>Time for your family check-in: a few minutes on what everyone has been doing online.</source>
        <translation>حان وقت لقاء العائلة: بضع دقائق عما فعله كل واحد على الإنترنت.</translation>
    </message>
    <message>
        <source>FamilySafe reminder</source>
        <translation>تذكير من FamilySafe</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>وواحد آخر</numerusform>
            <numerusform>واثنان آخران</numerusform>
            <numerusform>و%n أخرى</numerusform>
            <numerusform>و%n غيرها</numerusform>
            <numerusform>و%n غيرها</numerusform>
        </translation>
    </message>
    <message>
        <source>FamilySafe: {count}</source>
        <translation>FamilySafe: {count}</translation>
    </message>
</context>
<context>
    <name>RemindersGroup</name>
    <message>
        <source>Reminders</source>
        <translation>التذكيرات</translation>
    </message>
    <message>
        <source>Show &amp;reminders on the desktop</source>
        <translation>عرض التذكيرات على سطح المكتب (&amp;R)</translation>
    </message>
    <message>
        <source>When the check-in time comes, and once a day for what is overdue. FamilySafe stays in the tray to show them.</source>
        <translation>عندما يحين وقت لقاء العائلة، ومرة في اليوم لما هو متأخر. يبقى FamilySafe في شريط المهام ليعرضها.</translation>
    </message>
    <message>
        <source>Show children&apos;s &amp;names in reminders</source>
        <translation>عرض أسماء الأطفال في التذكيرات (&amp;N)</translation>
    </message>
    <message>
        <source>Turn off if others can see your screen. Notes are never shown.</source>
        <translation>أوقفوه إذا كان الآخرون يستطيعون رؤية شاشتكم. الملاحظات لا تُعرض أبدًا.</translation>
    </message>
    <message>
        <source>Daily reminder time</source>
        <translation>وقت التذكير اليومي</translation>
    </message>
    <message>
        <source>Start FamilySafe when I log &amp;in</source>
        <translation>تشغيل FamilySafe عند تسجيل الدخول (&amp;I)</translation>
    </message>
    <message>
        <source>Add to &amp;my calendar…</source>
        <translation>إضافة إلى تقويمي (&amp;M)…</translation>
    </message>
    <message>
        <source>It starts quietly in the tray, so reminders can reach you.</source>
        <translation>يعمل بهدوء في شريط المهام، لتصلكم التذكيرات.</translation>
    </message>
    <message>
        <source>Save a calendar file with the family check-in and the next talks and re-checks, to open in your calendar app. No private notes are included.</source>
        <translation>حفظ ملف تقويم فيه لقاء العائلة والأحاديث وإعادات التحقق القادمة، لفتحه في تطبيق التقويم. لا تُضمَّن أي ملاحظات خاصة.</translation>
    </message>
    <message>
        <source>&amp;Daily reminder at</source>
        <translation>التذكير اليومي في (&amp;D)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Changes apply at once. Everything stays on this computer.</source>
        <translation>تُطبَّق التغييرات فورًا. كل شيء يبقى على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>SpecificsDialog</name>
    <message>
        <source>Times, places and devices</source>
        <translation>الأوقات والأماكن والأجهزة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Screen-free places and times</source>
        <translation>أماكن وأوقات بلا شاشات</translation>
    </message>
    <message>
        <source>e.g. the kitchen table, meals, bedrooms</source>
        <translation>مثال: طاولة المطبخ، الوجبات، غرف النوم</translation>
    </message>
    <message>
        <source>Devices go to &amp;bed at</source>
        <translation>تنام الأجهزة الساعة (&amp;B)</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>وقت نوم الأجهزة</translation>
    </message>
    <message>
        <source>How long games and videos last</source>
        <translation>مدة الألعاب والفيديوهات</translation>
    </message>
    <message>
        <source>e.g. 1 hour on school days, 2 at weekends</source>
        <translation>مثال: ساعة في أيام المدرسة، وساعتان في عطلة الأسبوع</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>e.g. tablet, Nintendo Switch (commas between)</source>
        <translation>مثال: جهاز لوحي، Nintendo Switch (بينها فواصل)</translation>
    </message>
    <message>
        <source>Printed on the agreement and the carer handout. Leave a box empty to leave it out. For younger children the agreement also says that sleep and moving about come first.</source>
        <translation>يُطبع على الاتفاق وعلى ورقة مقدّم الرعاية. اترك الخانة فارغة لكي لا تُطبع. وللأطفال الأصغر سنًّا، يذكر الاتفاق أيضًا أن النوم والحركة يأتيان أولًا.</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>الطفل (&amp;C)</translation>
    </message>
    <message>
        <source>Apps FamilySafe knows</source>
        <translation>تطبيقات يعرفها FamilySafe</translation>
    </message>
    <message>
        <source>Screen-&amp;free</source>
        <translation>بلا شاشات (&amp;F)</translation>
    </message>
    <message>
        <source>Bedtime</source>
        <translation>وقت النوم</translation>
    </message>
    <message>
        <source>&amp;Games and videos</source>
        <translation>الألعاب والفيديوهات (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>الأجهزة (&amp;D)</translation>
    </message>
    <message>
        <source>None added yet</source>
        <translation>لم يُضف شيء بعد</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>تم الحفظ لـ ⁨{name}⁩.</translation>
    </message>
</context>
<context>
    <name>SuggestionsTab</name>
    <message>
        <source>Suggested topics</source>
        <translation>مواضيع مقترحة</translation>
    </message>
    <message>
        <source>&amp;Log a talk about this…</source>
        <translation>تسجيل حديث عن هذا (&amp;L)…</translation>
    </message>
    <message>
        <source>Open the &amp;guide</source>
        <translation>فتح الدليل (&amp;G)</translation>
    </message>
    <message>
        <source>Last talked about on {date}</source>
        <translation>آخر حديث عنه في ⁨{date}⁩</translation>
    </message>
</context>
<context>
    <name>TalksGroup</name>
    <message>
        <source>Talks with each child</source>
        <translation>الأحاديث مع كل طفل</translation>
    </message>
    <message>
        <source>A child is due a talk when none has been logged with them for this long. Short, regular talks work better than rare long ones.</source>
        <translation>يحين موعد حديث مع الطفل عندما لا يُسجَّل معه أي حديث طوال هذه المدة. الأحاديث القصيرة المنتظمة أنفع من الطويلة النادرة.</translation>
    </message>
    <message>
        <source>Talk with each child</source>
        <translation>الحديث مع كل طفل</translation>
    </message>
    <message>
        <source>For e&amp;veryone</source>
        <translation>للجميع (&amp;V)</translation>
    </message>
    <message>
        <source>As for the family</source>
        <translation>كما للعائلة</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>كل أسبوع</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>كل أسبوعين</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>كل شهر</translation>
    </message>
    <message>
        <source>Every two months</source>
        <translation>كل شهرين</translation>
    </message>
    <message>
        <source>Every three months</source>
        <translation>كل ثلاثة أشهر</translation>
    </message>
    <message>
        <source>Talk with {name}</source>
        <translation>الحديث مع ⁨{name}⁩</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ماذا حدث</translation>
    </message>
    <message>
        <source>Nothing is due</source>
        <translation>لا شيء مستحق</translation>
    </message>
    <message>
        <source>When a talk, a settings check or a family check-in is due, it shows here. Add your children and the apps they use to get started.</source>
        <translation>عندما يحين موعد حديث أو تحقق من الإعدادات أو لقاء عائلي، يظهر هنا. أضيفوا أطفالكم والتطبيقات التي يستخدمونها للبدء.</translation>
    </message>
    <message>
        <source>Today: {things}.</source>
        <translation>اليوم: ⁨{things}⁩.</translation>
    </message>
    <message>
        <source>All done for today. Next: {what}, {date}.</source>
        <translation>تم كل شيء لهذا اليوم. التالي: ⁨{what}⁩، ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>All done for today. Next: a talk with {name}, {date}.</source>
        <translation>تم كل شيء لهذا اليوم. التالي: حديث مع ⁨{name}⁩، ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>Snoozed until {date}.</source>
        <translation>مؤجَّل حتى ⁨{date}⁩.</translation>
    </message>
    <message>
        <source>That was already dealt with. The list is up to date now.</source>
        <translation>تم التعامل مع ذلك بالفعل. القائمة محدّثة الآن.</translation>
    </message>
</context>
<context>
    <name>TopicView</name>
    <message>
        <source>Topic guide</source>
        <translation>دليل الموضوع</translation>
    </message>
    <message>
        <source>{strand} · for {bands}</source>
        <translation>⁨{strand}⁩ · لـ ⁨{bands}⁩</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهم</translation>
    </message>
    <message>
        <source>What to get across</source>
        <translation>ما يجب إيصاله</translation>
    </message>
    <message>
        <source>What you could say: for your own learning</source>
        <translation>ما يمكنكم قوله: لمعرفتكم أنتم</translation>
    </message>
    <message>
        <source>What you could say ({band})</source>
        <translation>ما يمكنكم قوله (⁨{band}⁩)</translation>
    </message>
    <message>
        <source>Something to do together</source>
        <translation>شيء تفعلونه معًا</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>علامات على أن شيئًا قد يكون خطأ</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>إذا حدث ذلك</translation>
    </message>
    <message>
        <source>Related app features: {features}</source>
        <translation>ميزات التطبيقات المرتبطة: ⁨{features}⁩</translation>
    </message>
    <message>
        <source>Facts checked on {date}. Sources:</source>
        <translation>تم التحقق من المعلومات في ⁨{date}⁩. المصادر:</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Show topics for</source>
        <translation>عرض المواضيع لـ</translation>
    </message>
    <message>
        <source>App feature</source>
        <translation>ميزة التطبيق</translation>
    </message>
    <message>
        <source>Any app feature</source>
        <translation>أي ميزة</translation>
    </message>
    <message>
        <source>Fo&amp;r</source>
        <translation>لمن (&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;eature</source>
        <translation>الميزة (&amp;E)</translation>
    </message>
    <message>
        <source>Search topics</source>
        <translation>البحث في المواضيع</translation>
    </message>
    <message>
        <source>Conversation guides for every age: what to say, why it matters, and what to do if something happens.</source>
        <translation>أدلة للحديث لكل عمر: ماذا تقولون، ولماذا يهم، وما العمل إذا حدث شيء.</translation>
    </message>
    <message>
        <source>All ages</source>
        <translation>كل الأعمار</translation>
    </message>
    <message>
        <source>{name} ({band})</source>
        <translation>⁨{name}⁩ (⁨{band}⁩)</translation>
    </message>
    <message>
        <source>No topic matches. Try another word or age.</source>
        <translation>لا يطابق أي موضوع. جرّبوا كلمة أو عمرًا آخر.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Open FamilySafe</source>
        <translation>فتح FamilySafe (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Due today</source>
        <translation>المستحق اليوم (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Log a talk…</source>
        <translation>تسجيل حديث (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>Everything due today: {count}…</source>
        <translation>كل ما هو مستحق اليوم: ⁨{count}⁩…</translation>
    </message>
    <message>
        <source>Nothing is due today</source>
        <translation>لا شيء مستحق اليوم</translation>
    </message>
</context>
<context>
    <name>TrustedAdultsDialog</name>
    <message>
        <source>Trusted adults</source>
        <translation>البالغون الموثوقون</translation>
    </message>
    <message>
        <source>Name the grown-ups your children can always go to. The agreement prints their names, and the children&apos;s helpline of your country.</source>
        <translation>اكتب أسماء الكبار الذين يستطيع أطفالك اللجوء إليهم دائمًا. يطبع الاتفاق أسماءهم، وخط مساعدة الأطفال في بلدك.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>e.g. Aunt Mei</source>
        <translation>مثال: العمة مي</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>الهاتف (اختياري)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إزالة (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>الاسم (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Phone (optional)</source>
        <translation>الهاتف (اختياري) (&amp;P)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>مرحبًا بكم في ⁨{app}⁩</translation>
    </message>
    <message>
        <source>&lt;p&gt;FamilySafe helps you keep your children safe online the way that works best: by talking with them, regularly and at their level, and by putting the right privacy settings in place.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Everything stays on this computer.&lt;/b&gt; FamilySafe has no account, never connects to the internet and never watches what your children do.&lt;/p&gt;&lt;p&gt;To begin, add the children in your family. A nickname and the month they were born are enough.&lt;/p&gt;</source>
        <translation>&lt;p&gt;يساعدكم FamilySafe على حماية أطفالكم على الإنترنت بالطريقة الأنجح: بالحديث معهم، بانتظام وبما يناسب مستواهم، وبضبط إعدادات الخصوصية المناسبة.&lt;/p&gt;&lt;p&gt;&lt;b&gt;كل شيء يبقى على هذا الحاسوب.&lt;/b&gt; ليس لـ FamilySafe حساب، ولا يتصل بالإنترنت أبدًا، ولا يراقب ما يفعله أطفالكم.&lt;/p&gt;&lt;p&gt;للبدء، أضيفوا أطفال عائلتكم. يكفي اسم التدليل وشهر الميلاد.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>&amp;Where we live (for helplines and the emergency number)</source>
        <translation>أين نعيش (لخطوط المساعدة ورقم الطوارئ) (&amp;W)</translation>
    </message>
    <message>
        <source>Start FamilySafe quietly when I log in, so reminders can reach me</source>
        <translation>تشغيل FamilySafe بهدوء عند تسجيل الدخول، لتصلني التذكيرات</translation>
    </message>
    <message>
        <source>Add my first child</source>
        <translation>إضافة طفلي الأول</translation>
    </message>
    <message>
        <source>Look around first</source>
        <translation>التجول أولًا</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Live-streaming</source>
        <translation>البث المباشر</translation>
    </message>
    <message>
        <source>Video chat</source>
        <translation>محادثة الفيديو</translation>
    </message>
    <message>
        <source>Voice chat</source>
        <translation>الدردشة الصوتية</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>الرسائل المباشرة</translation>
    </message>
    <message>
        <source>Contact with strangers</source>
        <translation>التواصل مع الغرباء</translation>
    </message>
    <message>
        <source>Public profile</source>
        <translation>الملف الشخصي العام</translation>
    </message>
    <message>
        <source>Location sharing</source>
        <translation>مشاركة الموقع</translation>
    </message>
    <message>
        <source>In-app purchases</source>
        <translation>الشراء داخل التطبيق</translation>
    </message>
    <message>
        <source>Gifts and tips</source>
        <translation>الهدايا والإكراميات</translation>
    </message>
    <message>
        <source>Disappearing messages</source>
        <translation>الرسائل المختفية</translation>
    </message>
    <message>
        <source>Random matching with strangers</source>
        <translation>المطابقة العشوائية مع الغرباء</translation>
    </message>
    <message>
        <source>Content made by other users</source>
        <translation>محتوى ينشئه مستخدمون آخرون</translation>
    </message>
    <message>
        <source>AI chatbot</source>
        <translation>روبوت دردشة بالذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Self-image and identity</source>
        <translation>صورة الذات والهوية</translation>
    </message>
    <message>
        <source>Online relationships</source>
        <translation>العلاقات على الإنترنت</translation>
    </message>
    <message>
        <source>Online reputation</source>
        <translation>السمعة على الإنترنت</translation>
    </message>
    <message>
        <source>Online bullying</source>
        <translation>التنمر الإلكتروني</translation>
    </message>
    <message>
        <source>Managing online information</source>
        <translation>إدارة المعلومات على الإنترنت</translation>
    </message>
    <message>
        <source>Health, wellbeing and lifestyle</source>
        <translation>الصحة والعافية ونمط الحياة</translation>
    </message>
    <message>
        <source>Privacy and security</source>
        <translation>الخصوصية والأمان</translation>
    </message>
    <message>
        <source>Copyright and ownership</source>
        <translation>حقوق النشر والملكية</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>في كل مكان</translation>
    </message>
    <message>
        <source>iPhone and iPad</source>
        <translation>iPhone وiPad</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>On the web</source>
        <translation>على الويب</translation>
    </message>
    <message>
        <source>On a computer</source>
        <translation>على الحاسوب</translation>
    </message>
    <message>
        <source>On the console</source>
        <translation>على جهاز الألعاب</translation>
    </message>
    <message>
        <source>For children and young people</source>
        <translation>للأطفال والشباب</translation>
    </message>
    <message>
        <source>For parents and carers</source>
        <translation>للآباء ومقدّمي الرعاية</translation>
    </message>
    <message>
        <source>For children and adults</source>
        <translation>للأطفال والبالغين</translation>
    </message>
    <message>
        <source>To report</source>
        <translation>للإبلاغ</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>البالغون</translation>
    </message>
    <message>
        <source>Under 5</source>
        <translation>أقل من 5</translation>
    </message>
    <message>
        <source>Ages {low} to {high}</source>
        <translation>الأعمار من {low} إلى {high}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>familysafe: a command is needed (see --help)</source>
        <translation>familysafe: يلزم أمر (انظروا --help)</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>توقف.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Please report it.</source>
        <translation>حدث خطأ غير متوقع. يرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source> (for {names})</source>
        <translation> (لـ {names})</translation>
    </message>
    <message>
        <source>Not agreed yet.</source>
        <translation>لم تتم الموافقة عليه بعد.</translation>
    </message>
    <message>
        <source>Version {version}, agreed on {agreed}; look at it again on {review}.</source>
        <translation>النسخة {version}، تمت الموافقة عليها في {agreed}؛ راجعوها مرة أخرى في {review}.</translation>
    </message>
    <message>
        <source>No lines yet. See: familysafe agreement suggestions</source>
        <translation>لا بنود بعد. انظروا: familysafe agreement suggestions</translation>
    </message>
    <message>
        <source>Changed since it was agreed: agree it again with: familysafe agreement agree</source>
        <translation>تغيّر منذ الموافقة عليه: وافقوا عليه مرة أخرى بالأمر: familysafe agreement agree</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>الاقتراح</translation>
    </message>
    <message>
        <source>Suits</source>
        <translation>يناسب</translation>
    </message>
    <message>
        <source>Added line {id}: {text}</source>
        <translation>تمت إضافة البند {id}: {text}</translation>
    </message>
    <message>
        <source>Removed line {id}.</source>
        <translation>تمت إزالة البند {id}.</translation>
    </message>
    <message>
        <source>Agreed: version {version}, to look at again on {date}.</source>
        <translation>تمت الموافقة: النسخة {version}، للمراجعة مرة أخرى في {date}.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>المراجعة في</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>وافق عليه</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>البنود</translation>
    </message>
    <message>
        <source>Minimum age: {age}</source>
        <translation>الحد الأدنى للعمر: {age}</translation>
    </message>
    <message>
        <source>No minimum age</source>
        <translation>لا حد أدنى للعمر</translation>
    </message>
    <message>
        <source>where it differs: {list}</source>
        <translation>حيث يختلف: {list}</translation>
    </message>
    <message>
        <source>Parental controls: {tool}</source>
        <translation>الرقابة الأبوية: {tool}</translation>
    </message>
    <message>
        <source>Features: {list}</source>
        <translation>الميزات: {list}</translation>
    </message>
    <message>
        <source>Rating: {rating} ({source}, checked {date})</source>
        <translation>التصنيف: {rating} ({source}، تم التحقق في {date})</translation>
    </message>
    <message>
        <source>Age rules</source>
        <translation>قواعد العمر</translation>
    </message>
    <message>
        <source>Privacy checklist</source>
        <translation>قائمة إعدادات الخصوصية</translation>
    </message>
    <message>
        <source>From age {age}.</source>
        <translation>من عمر {age}.</translation>
    </message>
    <message>
        <source>How to report</source>
        <translation>كيفية الإبلاغ</translation>
    </message>
    <message>
        <source>Sources (facts checked on {date})</source>
        <translation>المصادر (تم التحقق من المعلومات في {date})</translation>
    </message>
    <message>
        <source>Source: {source} (checked {date})</source>
        <translation>المصدر: {source} (تم التحقق في {date})</translation>
    </message>
    <message>
        <source>Saved the calendar to {path} (events: {count}).</source>
        <translation>تم حفظ التقويم في {path} (المواعيد: {count}).</translation>
    </message>
    <message>
        <source>Saved {path}. Pages: {pages}.</source>
        <translation>تم حفظ {path}. عدد الصفحات: {pages}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>لماذا يهم</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>الرسائل الأساسية</translation>
    </message>
    <message>
        <source>Signs something may be wrong</source>
        <translation>علامات على أن شيئًا قد يكون خطأ</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>إذا حدث ذلك</translation>
    </message>
    <message>
        <source>Conversation starters ({band})</source>
        <translation>عبارات لبدء الحديث ({band})</translation>
    </message>
    <message>
        <source>Activity ({band})</source>
        <translation>نشاط ({band})</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Min. age</source>
        <translation>أدنى عمر</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <source>emergency: {number}</source>
        <translation>الطوارئ: {number}</translation>
    </message>
    <message>
        <source>Added {name} ({band}).</source>
        <translation>تمت إضافة {name} ({band}).</translation>
    </message>
    <message>
        <source>No one yet. Add someone with: familysafe member add NAME --born YYYY-MM</source>
        <translation>لا أحد بعد. أضيفوا شخصًا بالأمر: familysafe member add NAME --born YYYY-MM</translation>
    </message>
    <message>
        <source>child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>adult or carer</source>
        <translation>بالغ أو مقدّم رعاية</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>الميلاد</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>تمت إعادة التسمية إلى {name}.</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>تم حفظ {name}.</translation>
    </message>
    <message>
        <source>Removed {name}, also from {count} backup files.</source>
        <translation>تمت إزالة {name}، ومن النسخ الاحتياطية أيضًا (عدد الملفات: {count}).</translation>
    </message>
    <message>
        <source>Removed {name}. Backups keep them until they rotate out, within a year.</source>
        <translation>تمت إزالة {name}. تحتفظ به النسخ الاحتياطية إلى أن تُستبدل بنسخ أحدث، خلال سنة.</translation>
    </message>
    <message>
        <source>Added {app}.</source>
        <translation>تمت إضافة {app}.</translation>
    </message>
    <message>
        <source>Note: {app} asks users to be at least {age}. Age limits exist because of the features and contact the app allows; you know your child best, and the checklist helps make it safer.</source>
        <translation>ملاحظة: يطلب {app} أن يكون عمر مستخدميه {age} على الأقل. توجد حدود العمر بسبب الميزات والتواصل الذي يسمح به التطبيق؛ أنتم تعرفون طفلكم أكثر من أي أحد، والقائمة تساعد على جعله أكثر أمانًا.</translation>
    </message>
    <message>
        <source>Removed {app}.</source>
        <translation>تمت إزالة {app}.</translation>
    </message>
    <message>
        <source>below its minimum age</source>
        <translation>أقل من الحد الأدنى لعمره</translation>
    </message>
    <message>
        <source>{app}: {rule}</source>
        <translation>{app}: {rule}</translation>
    </message>
    <message>
        <source>Age rules that apply:</source>
        <translation>قواعد العمر التي تنطبق:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>التطبيق</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>إعادة التحقق</translation>
    </message>
    <message>
        <source>Logged talk {id}.</source>
        <translation>تم تسجيل الحديث {id}.</translation>
    </message>
    <message>
        <source>Saved talk {id}.</source>
        <translation>تم حفظ الحديث {id}.</translation>
    </message>
    <message>
        <source>Deleted talk {id}.</source>
        <translation>تم حذف الحديث {id}.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>تم.</translation>
    </message>
    <message>
        <source>{key} is now {value}</source>
        <translation>أصبحت قيمة {key} الآن {value}</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Backed up as {id} ({size}).</source>
        <translation>تم حفظ نسخة احتياطية باسم {id} ({size}).</translation>
    </message>
    <message>
        <source>No backups yet. Make one with: familysafe backup now</source>
        <translation>لا توجد نسخ احتياطية بعد. أنشئوا واحدة بالأمر: familysafe backup now</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>تتعذّر قراءتها</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>الأحاديث</translation>
    </message>
    <message>
        <source>Restored the backup from {when}: {members} people and {talks} talks.</source>
        <translation>تمت استعادة النسخة الاحتياطية من {when} (عدد الأشخاص: {members}، وعدد الأحاديث: {talks}).</translation>
    </message>
    <message>
        <source>familysafe: warning: other users of this computer can read the folder {folder}; FamilySafe leaves its permissions as they are (chmod 700 makes it private).</source>
        <translation>familysafe: تنبيه: يستطيع مستخدمون آخرون لهذا الحاسوب قراءة المجلد {folder}؛ يترك FamilySafe أذوناته كما هي (الأمر chmod 700 يجعله خاصًا).</translation>
    </message>
    <message>
        <source>{program}: {message} (see --help)</source>
        <translation>{program}: {message} (انظروا --help)</translation>
    </message>
    <message>
        <source>“{text}” is not a date: use YYYY-MM-DD</source>
        <translation>«{text}» ليس تاريخًا: استخدموا YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{text} is outside the dates FamilySafe works with ({first} to {last})</source>
        <translation>{text} خارج التواريخ التي يعمل بها FamilySafe (من {first} إلى {last})</translation>
    </message>
    <message>
        <source>“{text}” is not an id</source>
        <translation>«{text}» ليس معرّفًا</translation>
    </message>
    <message>
        <source>use an id from {low} to {high} (not {text})</source>
        <translation>استخدموا معرّفًا من {low} إلى {high} (وليس {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of days</source>
        <translation>«{text}» ليس عددًا من الأيام</translation>
    </message>
    <message>
        <source>use a number of days from {low} to {high} (not {text})</source>
        <translation>استخدموا عددًا من الأيام من {low} إلى {high} (وليس {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number of topics</source>
        <translation>«{text}» ليس عددًا من المواضيع</translation>
    </message>
    <message>
        <source>use a number of topics from {low} to {high} (not {text})</source>
        <translation>استخدموا عددًا من المواضيع من {low} إلى {high} (وليس {text})</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>«{text}» ليس رقمًا</translation>
    </message>
    <message>
        <source>use a number from {low} to {high} (not {text})</source>
        <translation>استخدموا رقمًا من {low} إلى {high} (وليس {text})</translation>
    </message>
    <message>
        <source>name the child to change</source>
        <translation>اذكر الطفل المراد تغييره</translation>
    </message>
    <message>
        <source>Saved for {name}.</source>
        <translation>تم الحفظ لـ {name}.</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Screen-free</source>
        <translation>بلا شاشات</translation>
    </message>
    <message>
        <source>Device bedtime</source>
        <translation>وقت نوم الأجهزة</translation>
    </message>
    <message>
        <source>Games and videos</source>
        <translation>الألعاب والفيديوهات</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Trusted adult: {name}</source>
        <translation>بالغ موثوق: {name}</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>تمت إزالة {name}.</translation>
    </message>
    <message>
        <source>No trusted adults named yet.</source>
        <translation>لم تتم تسمية أي بالغ موثوق بعد.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
</context>
<context>
    <name>cli-help</name>
    <message>
        <source>the family agreement: build it, agree it, review it</source>
        <translation>الاتفاق العائلي: كتابته والموافقة عليه ومراجعته</translation>
    </message>
    <message>
        <source>the agreement as it stands</source>
        <translation>الاتفاق كما هو الآن</translation>
    </message>
    <message>
        <source>suggested lines for your children&apos;s ages</source>
        <translation>بنود مقترحة تناسب أعمار أطفالكم</translation>
    </message>
    <message>
        <source>add a line to a section</source>
        <translation>إضافة بند إلى قسم</translation>
    </message>
    <message>
        <source>a section id, from &apos;familysafe agreement suggestions&apos;</source>
        <translation>معرّف قسم، من &apos;familysafe agreement suggestions&apos;</translation>
    </message>
    <message>
        <source>a suggestion&apos;s id</source>
        <translation>معرّف اقتراح</translation>
    </message>
    <message>
        <source>your own words (up to 300 characters)</source>
        <translation>كلماتكم الخاصة (حتى 300 حرف)</translation>
    </message>
    <message>
        <source>only for these children (default: everyone)</source>
        <translation>لهؤلاء الأطفال فقط (الافتراضي: الجميع)</translation>
    </message>
    <message>
        <source>remove a line</source>
        <translation>إزالة بند</translation>
    </message>
    <message>
        <source>agree the agreement as it stands (a new version)</source>
        <translation>الموافقة على الاتفاق كما هو (إصدار جديد)</translation>
    </message>
    <message>
        <source>someone who agreed</source>
        <translation>شخص وافق عليه</translation>
    </message>
    <message>
        <source>the day it was agreed (default today)</source>
        <translation>يوم الموافقة (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>when to look at it again (default three months on)</source>
        <translation>متى تُعاد مراجعته (الافتراضي: بعد ثلاثة أشهر)</translation>
    </message>
    <message>
        <source>every version agreed</source>
        <translation>كل الإصدارات التي تمت الموافقة عليها</translation>
    </message>
    <message>
        <source>make, list or restore backups of your data</source>
        <translation>إنشاء النسخ الاحتياطية من بياناتكم أو عرضها أو استعادتها</translation>
    </message>
    <message>
        <source>back up your data now</source>
        <translation>حفظ نسخة احتياطية من بياناتكم الآن</translation>
    </message>
    <message>
        <source>list the backups, newest first, with what each holds</source>
        <translation>عرض النسخ الاحتياطية، الأحدث أولًا، مع ما تحتويه كل نسخة</translation>
    </message>
    <message>
        <source>put a backup back in place of your data (which is backed up first)</source>
        <translation>وضع نسخة احتياطية مكان بياناتكم (التي تُنسخ احتياطيًا أولًا)</translation>
    </message>
    <message>
        <source>the backup&apos;s id, from: familysafe backup list</source>
        <translation>معرّف النسخة الاحتياطية، من: familysafe backup list</translation>
    </message>
    <message>
        <source>confirm the restore</source>
        <translation>تأكيد الاستعادة</translation>
    </message>
    <message>
        <source>save files for other programs: a calendar file, PDF documents</source>
        <translation>حفظ ملفات لبرامج أخرى: ملف تقويم، مستندات PDF</translation>
    </message>
    <message>
        <source>a calendar file (.ics) with the family check-in and what is due: import it into your calendar app; importing it again updates the same events</source>
        <translation>ملف تقويم (.ics) فيه لقاء العائلة وما هو مستحق: استوردوه إلى تطبيق التقويم؛ واستيراده مرة أخرى يحدّث الأحداث نفسها</translation>
    </message>
    <message>
        <source>the file to write, e.g. familysafe.ics</source>
        <translation>الملف المراد كتابته، مثل familysafe.ics</translation>
    </message>
    <message>
        <source>include what is due in the next DAYS days (default %(default)s)</source>
        <translation>تضمين ما يستحق خلال الأيام DAYS القادمة (الافتراضي %(default)s)</translation>
    </message>
    <message>
        <source>a PDF to print or share: the family agreement, a handout for carers, the family plan or conversation cards</source>
        <translation>ملف PDF للطباعة أو المشاركة: الاتفاق العائلي، أو ورقة لمقدّم الرعاية، أو خطة العائلة، أو بطاقات الحديث</translation>
    </message>
    <message>
        <source>agreement: the agreement in words the children can read, with a place for everyone to sign. carer: for grandparents and sitters, each child&apos;s first name, age band, apps, rules and settings in place, what to do if something worries them, and whom to call. plan: for the parents, what to talk about next, the talks held, what is due and each app&apos;s checklist; private notes only with --include-notes. cards: one topic&apos;s conversation starters as cards to cut out.</source>
        <translation>agreement: الاتفاق بكلمات يستطيع الأطفال قراءتها، مع مكان ليوقّع الجميع. carer: للأجداد ومن يرعون الأطفال، الاسم الأول لكل طفل وفئته العمرية وتطبيقاته والقواعد والإعدادات المفعّلة، وما يجب فعله إذا أقلقهم شيء، ومن يتصلون به. plan: للوالدين، ما يُتحدث عنه لاحقًا والأحاديث التي جرت وما هو مستحق وقائمة كل تطبيق؛ والملاحظات الخاصة فقط مع --include-notes. cards: عبارات بدء الحديث عن موضوع واحد، على شكل بطاقات للقص.</translation>
    </message>
    <message>
        <source>the file to write, e.g. plan.pdf</source>
        <translation>الملف المراد كتابته، مثل plan.pdf</translation>
    </message>
    <message>
        <source>the document (default plan)</source>
        <translation>المستند (الافتراضي plan)</translation>
    </message>
    <message>
        <source>only these children (default: every child)</source>
        <translation>هؤلاء الأطفال فقط (الافتراضي: كل طفل)</translation>
    </message>
    <message>
        <source>cards: the topic (see: familysafe topic list)</source>
        <translation>cards: الموضوع (انظروا: familysafe topic list)</translation>
    </message>
    <message>
        <source>cards: the age band whose words to use</source>
        <translation>cards: الفئة العمرية التي تُستخدم كلماتها</translation>
    </message>
    <message>
        <source>plan: include the talks&apos; private notes</source>
        <translation>plan: تضمين الملاحظات الخاصة بالأحاديث</translation>
    </message>
    <message>
        <source>larger text throughout</source>
        <translation>نص أكبر في المستند كله</translation>
    </message>
    <message>
        <source>only these sections (plan: suggestions, history, due, checklists, follow-ups; carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact; agreement: its section ids, specifics, trusted-adults and signatures)</source>
        <translation>هذه الأقسام فقط (plan: suggestions, history, due, checklists, follow-ups؛ carer: apps, rules, limits, settings, what-to-do, warning-signs, carer-home, helplines, contact؛ agreement: معرّفات أقسامه و specifics و trusted-adults و signatures)</translation>
    </message>
    <message>
        <source>agreement: one copy for each home, headed with its name</source>
        <translation>agreement: نسخة لكل بيت، وفي أعلاها اسمه</translation>
    </message>
    <message>
        <source>carer: how to reach you (default: the saved one)</source>
        <translation>carer: كيف يمكن التواصل معكم (الافتراضي: المحفوظ)</translation>
    </message>
    <message>
        <source>carer: a neighbour or relative to call (default: the saved one; else a blank line)</source>
        <translation>carer: جار أو قريب يمكن الاتصال به (الافتراضي: المحفوظ؛ وإلا سطر فارغ)</translation>
    </message>
    <message>
        <source>carer: where you are and when you will be back (never saved; default: blank lines)</source>
        <translation>carer: أين أنتم ومتى تعودون (لا يُحفظ أبدًا؛ الافتراضي: أسطر فارغة)</translation>
    </message>
    <message>
        <source>carer: your home address for emergency services (never saved; default: a blank line)</source>
        <translation>carer: عنوان بيتكم لخدمات الطوارئ (لا يُحفظ أبدًا؛ الافتراضي: سطر فارغ)</translation>
    </message>
    <message>
        <source>a4 or letter (US Letter); default: the saved choice, else the country&apos;s custom</source>
        <translation>a4 أو letter (US Letter)؛ الافتراضي: الاختيار المحفوظ، وإلا فالمعتاد في البلد</translation>
    </message>
    <message>
        <source>browse conversation topics</source>
        <translation>تصفح مواضيع الحديث</translation>
    </message>
    <message>
        <source>list topics</source>
        <translation>عرض المواضيع</translation>
    </message>
    <message>
        <source>only topics for this age band</source>
        <translation>المواضيع المناسبة لهذه الفئة العمرية فقط</translation>
    </message>
    <message>
        <source>a topic&apos;s whole guide</source>
        <translation>الدليل الكامل لموضوع</translation>
    </message>
    <message>
        <source>show the starters for this band</source>
        <translation>عرض عبارات بدء الحديث لهذه الفئة</translation>
    </message>
    <message>
        <source>the app catalogue, and a child&apos;s apps</source>
        <translation>دليل التطبيقات، وتطبيقات طفل</translation>
    </message>
    <message>
        <source>every app FamilySafe knows, with its checklist</source>
        <translation>كل تطبيق يعرفه FamilySafe، مع قائمته</translation>
    </message>
    <message>
        <source>one app&apos;s whole entry: ages, rules, checklist, sources</source>
        <translation>بطاقة التطبيق كاملة: الأعمار والقواعد والقائمة والمصادر</translation>
    </message>
    <message>
        <source>helplines and reporting routes for a country</source>
        <translation>خطوط المساعدة وطرق الإبلاغ في بلد</translation>
    </message>
    <message>
        <source>another country&apos;s, by ISO code, e.g. GB, US, AU (default: the family&apos;s country)</source>
        <translation>خطوط بلد آخر، برمز ISO، مثل GB أو US أو AU (الافتراضي: بلد العائلة)</translation>
    </message>
    <message>
        <source>every country&apos;s helplines</source>
        <translation>خطوط المساعدة في كل البلدان</translation>
    </message>
    <message>
        <source>add, list, rename, edit or remove the people in your household</source>
        <translation>إضافة أفراد أسرتكم أو عرضهم أو تغيير أسمائهم أو تعديلهم أو إزالتهم</translation>
    </message>
    <message>
        <source>add a child or an adult</source>
        <translation>إضافة طفل أو شخص بالغ</translation>
    </message>
    <message>
        <source>a display name; a nickname is enough</source>
        <translation>اسم للعرض؛ يكفي اسم التدليل</translation>
    </message>
    <message>
        <source>a child&apos;s birth month</source>
        <translation>شهر ميلاد الطفل</translation>
    </message>
    <message>
        <source>an adult or carer</source>
        <translation>شخص بالغ أو مقدّم رعاية</translation>
    </message>
    <message>
        <source>list the household</source>
        <translation>عرض أفراد الأسرة</translation>
    </message>
    <message>
        <source>change someone&apos;s name</source>
        <translation>تغيير اسم شخص</translation>
    </message>
    <message>
        <source>change a child&apos;s birth month</source>
        <translation>تغيير شهر ميلاد طفل</translation>
    </message>
    <message>
        <source>remove someone and everything about them (backups keep them until they rotate out, unless --from-backups)</source>
        <translation>إزالة شخص وكل ما يخصّه (تحتفظ به النسخ الاحتياطية إلى أن تُستبدل، إلا مع --from-backups)</translation>
    </message>
    <message>
        <source>confirm the removal</source>
        <translation>تأكيد الإزالة</translation>
    </message>
    <message>
        <source>also rewrite every backup without them (and delete the copies kept before upgrades)</source>
        <translation>إعادة كتابة كل نسخة احتياطية من دونه أيضًا (وحذف النسخ المحفوظة قبل التحديثات)</translation>
    </message>
    <message>
        <source>where FamilySafe keeps its data (default: the user&apos;s data folder; or set FAMILYSAFE_DATA_DIR)</source>
        <translation>أين يحفظ FamilySafe بياناته (الافتراضي: مجلد بيانات المستخدم؛ أو عيّنوا FAMILYSAFE_DATA_DIR)</translation>
    </message>
    <message>
        <source>pretend today is this date (for planning ahead)</source>
        <translation>اعتبار اليوم هو هذا التاريخ (للتخطيط المسبق)</translation>
    </message>
    <message>
        <source>FamilySafe helps you keep your children safe online by talking with them. Without a command it opens the window. Everything stays on this computer.</source>
        <translation>يساعدكم FamilySafe على حماية أطفالكم على الإنترنت بالحديث معهم. من دون أمر يفتح النافذة. يبقى كل شيء على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>show FamilySafe&apos;s version and exit</source>
        <translation>اعرض إصدار FamilySafe ثم اخرج</translation>
    </message>
    <message>
        <source>open the window on a sample family in a temporary folder</source>
        <translation>فتح النافذة على عائلة نموذجية في مجلد مؤقت</translation>
    </message>
    <message>
        <source>start in the system tray (used when starting at login)</source>
        <translation>البدء في علبة النظام (يُستخدم عند البدء مع تسجيل الدخول)</translation>
    </message>
    <message>
        <source>print JSON (UTF-8) instead of text</source>
        <translation>طباعة JSON (UTF-8) بدلًا من النص</translation>
    </message>
    <message>
        <source>add apps a child uses</source>
        <translation>إضافة تطبيقات يستخدمها طفل</translation>
    </message>
    <message>
        <source>remove an app from a child</source>
        <translation>إزالة تطبيق من طفل</translation>
    </message>
    <message>
        <source>the apps a member uses</source>
        <translation>التطبيقات التي يستخدمها شخص</translation>
    </message>
    <message>
        <source>privacy checklists: &apos;checklist MEMBER [APP_ID]&apos;, &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</source>
        <translation>قوائم الخصوصية: &apos;checklist MEMBER [APP_ID]&apos;، &apos;checklist done|undo MEMBER APP_ID ITEM_ID [--on DATE]&apos;</translation>
    </message>
    <message>
        <source>the day it was checked (default today)</source>
        <translation>يوم التحقق (الافتراضي: اليوم)</translation>
    </message>
    <message>
        <source>log a talk</source>
        <translation>تسجيل حديث</translation>
    </message>
    <message>
        <source>private notes (never shown in reminders)</source>
        <translation>ملاحظات خاصة (لا تظهر أبدًا في التذكيرات)</translation>
    </message>
    <message>
        <source>how it went</source>
        <translation>كيف جرى</translation>
    </message>
    <message>
        <source>follow-up due date</source>
        <translation>تاريخ خطوة المتابعة</translation>
    </message>
    <message>
        <source>change a logged talk (what you leave out stays)</source>
        <translation>تغيير حديث مسجّل (ما لا تذكرونه يبقى كما هو)</translation>
    </message>
    <message>
        <source>from &apos;familysafe history&apos;</source>
        <translation>من &apos;familysafe history&apos;</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>من شارك فيه</translation>
    </message>
    <message>
        <source>private notes (&apos;&apos; clears them)</source>
        <translation>ملاحظات خاصة (&apos;&apos; يمسحها)</translation>
    </message>
    <message>
        <source>how it went (&apos;&apos; clears it)</source>
        <translation>كيف جرى (&apos;&apos; يمسحه)</translation>
    </message>
    <message>
        <source>delete a logged talk</source>
        <translation>حذف حديث مسجّل</translation>
    </message>
    <message>
        <source>talks logged</source>
        <translation>الأحاديث المسجّلة</translation>
    </message>
    <message>
        <source>what to talk about next</source>
        <translation>عمّ تتحدثون لاحقًا</translation>
    </message>
    <message>
        <source>what is overdue and coming up (exit 3 when something is overdue)</source>
        <translation>ما هو متأخر وما هو قادم (رمز الخروج 3 عند وجود شيء متأخر)</translation>
    </message>
    <message>
        <source>print nothing when nothing is overdue</source>
        <translation>عدم طباعة شيء إذا لم يكن هناك شيء متأخر</translation>
    </message>
    <message>
        <source>hide a due item for a while</source>
        <translation>إخفاء أمر مستحق لبعض الوقت</translation>
    </message>
    <message>
        <source>the item&apos;s key, from &apos;familysafe due --json&apos;</source>
        <translation>مفتاح الأمر، من &apos;familysafe due --json&apos;</translation>
    </message>
    <message>
        <source>1 for a day, 7 for a week</source>
        <translation>1 ليوم، 7 لأسبوع</translation>
    </message>
    <message>
        <source>mark a due item done</source>
        <translation>تعليم أمر مستحق بأنه تم</translation>
    </message>
    <message>
        <source>read and change settings: country, language, check-in, ...</source>
        <translation>قراءة الإعدادات وتغييرها: البلد، اللغة، لقاء العائلة، ...</translation>
    </message>
    <message>
        <source>print one setting&apos;s value</source>
        <translation>طباعة قيمة إعداد واحد</translation>
    </message>
    <message>
        <source>a name from &apos;familysafe settings list&apos;</source>
        <translation>اسم من &apos;familysafe settings list&apos;</translation>
    </message>
    <message>
        <source>change a setting (an empty VALUE goes back to the default)</source>
        <translation>تغيير إعداد (قيمة VALUE فارغة تعيده إلى الافتراضي)</translation>
    </message>
    <message>
        <source>every setting and its value</source>
        <translation>كل إعداد وقيمته</translation>
    </message>
    <message>
        <source>the family&apos;s country for helplines and paper, e.g. GB, US, AU (auto: the computer&apos;s)</source>
        <translation>بلد العائلة لخطوط المساعدة والورق، مثل GB أو US أو AU (auto: بلد الحاسوب)</translation>
    </message>
    <message>
        <source>FamilySafe&apos;s language, e.g. en, es (auto: the computer&apos;s)</source>
        <translation>لغة FamilySafe، مثل en أو es (auto: لغة الحاسوب)</translation>
    </message>
    <message>
        <source>the window&apos;s text size in per cent: 100, 125 or 150</source>
        <translation>حجم النص في النافذة بالنسبة المئوية: 100 أو 125 أو 150</translation>
    </message>
    <message>
        <source>the paper documents print on: a4 or letter (auto: the country&apos;s custom)</source>
        <translation>الورق الذي تُطبع عليه المستندات: a4 أو letter (auto: المعتاد في البلد)</translation>
    </message>
    <message>
        <source>how printed documents name the family (empty: &apos;Our family&apos;)</source>
        <translation>كيف تسمّي المستندات المطبوعة العائلة (فارغ: «عائلتنا»)</translation>
    </message>
    <message>
        <source>how a carer reaches the parents, printed on the carer handout</source>
        <translation>كيف يتواصل مقدّم الرعاية مع الوالدين، مطبوع على ورقة مقدّم الرعاية</translation>
    </message>
    <message>
        <source>the author written into PDF files (empty: none)</source>
        <translation>المؤلف المكتوب في ملفات PDF (فارغ: لا أحد)</translation>
    </message>
    <message>
        <source>how often the family check-in is: weekly, fortnightly or monthly</source>
        <translation>كم مرة يكون لقاء العائلة: weekly أو fortnightly أو monthly</translation>
    </message>
    <message>
        <source>the check-in&apos;s day: monday ... sunday</source>
        <translation>يوم لقاء العائلة: monday ... sunday</translation>
    </message>
    <message>
        <source>for a monthly check-in, which week: 1, 2, 3, 4 or last</source>
        <translation>للقاء الشهري، أي أسبوع: 1 أو 2 أو 3 أو 4 أو last</translation>
    </message>
    <message>
        <source>the check-in&apos;s time, e.g. 18:00</source>
        <translation>وقت لقاء العائلة، مثل 18:00</translation>
    </message>
    <message>
        <source>how often to talk with each child: 1w, 2w, 1m, 2m or 3m</source>
        <translation>كم مرة تتحدثون مع كل طفل: 1w أو 2w أو 1m أو 2m أو 3m</translation>
    </message>
    <message>
        <source>how often to check privacy settings again, in months (1 to 24)</source>
        <translation>كم مرة يُعاد التحقق من إعدادات الخصوصية، بالأشهر (من 1 إلى 24)</translation>
    </message>
    <message>
        <source>desktop reminders while FamilySafe runs: on or off</source>
        <translation>تذكيرات على سطح المكتب أثناء عمل FamilySafe: on أو off</translation>
    </message>
    <message>
        <source>whether reminders show the children&apos;s first names: on or off</source>
        <translation>هل تُظهر التذكيرات الأسماء الأولى للأطفال: on أو off</translation>
    </message>
    <message>
        <source>when the daily summary of what is overdue comes, e.g. 09:00</source>
        <translation>متى يصل الملخص اليومي لما هو متأخر، مثل 09:00</translation>
    </message>
    <message>
        <source>a child&apos;s own talk cadence (or family)</source>
        <translation>إيقاع الحديث الخاص بطفل (أو family)</translation>
    </message>
    <message>
        <source>each child&apos;s screen-free places and times, device bedtime, time for games and videos, and devices (shown without options; an empty value clears one)</source>
        <translation>لكل طفل: أماكن وأوقات بلا شاشات، ووقت نوم الأجهزة، ومدة الألعاب والفيديوهات، والأجهزة (تُعرض بلا خيارات؛ والقيمة الفارغة تمحو ما فيها)</translation>
    </message>
    <message>
        <source>the child (default: all)</source>
        <translation>الطفل (الافتراضي: الجميع)</translation>
    </message>
    <message>
        <source>places and times without screens, e.g. &quot;meals&quot;</source>
        <translation>أماكن وأوقات بلا شاشات، مثال: &quot;الوجبات&quot;</translation>
    </message>
    <message>
        <source>when devices go to bed, e.g. 20:00 (&quot;&quot; for none)</source>
        <translation>متى تنام الأجهزة، مثال: 20:00 (&quot;&quot; لعدم التحديد)</translation>
    </message>
    <message>
        <source>how long games and videos last, e.g. &quot;1 hour a day&quot;</source>
        <translation>مدة الألعاب والفيديوهات، مثال: &quot;ساعة في اليوم&quot;</translation>
    </message>
    <message>
        <source>the devices the child uses, separated by commas, e.g. &quot;tablet, Switch&quot;</source>
        <translation>الأجهزة التي يستخدمها الطفل، تفصل بينها فواصل، مثال: &quot;جهاز لوحي، Switch&quot;</translation>
    </message>
    <message>
        <source>the trusted adults your family names on the agreement</source>
        <translation>البالغون الموثوقون الذين تذكرهم عائلتكم في الاتفاق</translation>
    </message>
    <message>
        <source>name a trusted adult</source>
        <translation>تسمية بالغ موثوق</translation>
    </message>
    <message>
        <source>e.g. &quot;Aunt Mei&quot;</source>
        <translation>مثال: &quot;العمة مي&quot;</translation>
    </message>
    <message>
        <source>a phone number to print beside the name</source>
        <translation>رقم هاتف يُطبع بجانب الاسم</translation>
    </message>
    <message>
        <source>remove a trusted adult</source>
        <translation>إزالة بالغ موثوق</translation>
    </message>
    <message>
        <source>the trusted adults named</source>
        <translation>البالغون الموثوقون المذكورون</translation>
    </message>
</context>
</TS>
