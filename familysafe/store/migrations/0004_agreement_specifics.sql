-- What the family fills in for its agreement and carer handout, stored only when the parent
-- enters it: each child's specifics (places and times without screens, a device bedtime, how
-- long games and videos last), the devices each child uses, and the trusted adults the family
-- names. A child's rows go with the child.

CREATE TABLE child_specifics (
    member_id    INTEGER PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    screen_free  TEXT CHECK (screen_free IS NULL OR length(screen_free) BETWEEN 1 AND 120),
    bedtime      TEXT CHECK (bedtime IS NULL OR bedtime GLOB '[0-2][0-9]:[0-5][0-9]'),
    play_time    TEXT CHECK (play_time IS NULL OR length(play_time) BETWEEN 1 AND 120)
) STRICT;

CREATE TABLE child_device (
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    PRIMARY KEY (member_id, position)
) STRICT;

CREATE TABLE trusted_adult (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    name_key  TEXT NOT NULL UNIQUE,
    phone     TEXT CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 40),
    position  INTEGER NOT NULL
) STRICT;
