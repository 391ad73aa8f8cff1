-- The household: who lives in it, and the app's settings.
-- Frozen once released: later changes go in a new numbered file.

CREATE TABLE member (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    name_key    TEXT NOT NULL UNIQUE,
    role        TEXT NOT NULL CHECK (role IN ('child', 'adult')),
    born_year   INTEGER,
    born_month  INTEGER CHECK (born_month BETWEEN 1 AND 12),
    born_day    INTEGER CHECK (born_day BETWEEN 1 AND 31),
    created_on  TEXT NOT NULL DEFAULT (date('now')),
    CHECK ((role = 'adult' AND born_year IS NULL AND born_month IS NULL AND born_day IS NULL)
        OR (role = 'child' AND born_year IS NOT NULL AND born_month IS NOT NULL))
) STRICT;

CREATE TABLE setting (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;
