-- The planner: each child's apps and checklist marks, talks with their follow-ups, snoozes.
-- Content ids (apps, items, topics) are stable slugs from resources/content.

CREATE TABLE member_app (
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    app_id     TEXT NOT NULL,
    added_on   TEXT NOT NULL,
    PRIMARY KEY (member_id, app_id)
) STRICT;

CREATE TABLE checklist_mark (
    member_id   INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    app_id      TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    done        INTEGER NOT NULL CHECK (done IN (0, 1)),
    checked_on  TEXT NOT NULL,
    PRIMARY KEY (member_id, app_id, item_id)
) STRICT;

CREATE TABLE talk (
    id           INTEGER PRIMARY KEY,
    held_on      TEXT NOT NULL,
    notes        TEXT NOT NULL DEFAULT '',
    how_it_went  TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE talk_member (
    talk_id    INTEGER NOT NULL REFERENCES talk (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (talk_id, member_id)
) STRICT;
CREATE INDEX talk_member_by_member ON talk_member (member_id);

CREATE TABLE talk_topic (
    talk_id   INTEGER NOT NULL REFERENCES talk (id) ON DELETE CASCADE,
    topic_id  TEXT NOT NULL,
    PRIMARY KEY (talk_id, topic_id)
) STRICT;

CREATE TABLE follow_up (
    id         INTEGER PRIMARY KEY,
    talk_id    INTEGER NOT NULL REFERENCES talk (id) ON DELETE CASCADE,
    member_id  INTEGER REFERENCES member (id) ON DELETE CASCADE,
    text       TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
    due_on     TEXT NOT NULL,
    done_on    TEXT
) STRICT;

CREATE TABLE snooze (
    key    TEXT PRIMARY KEY,
    until  TEXT NOT NULL
) STRICT;
