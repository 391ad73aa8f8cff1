-- The family agreement: the draft's lines, and each version agreed with a frozen copy of its
-- lines and who agreed. Suggestion and section ids are stable slugs from resources/content.
-- Removing a member removes everything about them: their links and signatures cascade, and a
-- line that was only for them goes with them (trigger below) rather than turning into a line
-- for everyone.

CREATE TABLE agreement_line (
    id             INTEGER PRIMARY KEY,
    section_id     TEXT NOT NULL,
    position       INTEGER NOT NULL,
    suggestion_id  TEXT,
    text           TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300)
) STRICT;
CREATE INDEX agreement_line_by_section ON agreement_line (section_id, position);
CREATE UNIQUE INDEX agreement_line_suggestion ON agreement_line (suggestion_id)
    WHERE suggestion_id IS NOT NULL;

CREATE TABLE agreement_line_member (
    line_id    INTEGER NOT NULL REFERENCES agreement_line (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (line_id, member_id)
) STRICT;
CREATE INDEX agreement_line_member_by_member ON agreement_line_member (member_id);

CREATE TABLE agreement_version (
    number       INTEGER PRIMARY KEY CHECK (number >= 1),
    agreed_on    TEXT NOT NULL,
    review_on    TEXT NOT NULL CHECK (review_on > agreed_on),
    reviewed_on  TEXT CHECK (reviewed_on IS NULL OR reviewed_on >= agreed_on)
) STRICT;

CREATE TABLE agreement_version_line (
    id             INTEGER PRIMARY KEY,
    version        INTEGER NOT NULL REFERENCES agreement_version (number) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    section_id     TEXT NOT NULL,
    section_title  TEXT NOT NULL,
    suggestion_id  TEXT,
    text           TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 300),
    UNIQUE (version, position)
) STRICT;

CREATE TABLE agreement_version_line_member (
    line_id    INTEGER NOT NULL REFERENCES agreement_version_line (id) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    PRIMARY KEY (line_id, member_id)
) STRICT;
CREATE INDEX agreement_version_line_member_by_member ON agreement_version_line_member (member_id);

CREATE TABLE agreement_signature (
    version    INTEGER NOT NULL REFERENCES agreement_version (number) ON DELETE CASCADE,
    member_id  INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    PRIMARY KEY (version, member_id)
) STRICT;
CREATE INDEX agreement_signature_by_member ON agreement_signature (member_id);

CREATE TRIGGER agreement_lines_leave_with_their_only_child
BEFORE DELETE ON member
BEGIN
    DELETE FROM agreement_line
    WHERE id IN (SELECT line_id FROM agreement_line_member WHERE member_id = OLD.id)
      AND NOT EXISTS (
          SELECT 1 FROM agreement_line_member AS other
          WHERE other.line_id = agreement_line.id AND other.member_id <> OLD.id
      );
    DELETE FROM agreement_version_line
    WHERE id IN (SELECT line_id FROM agreement_version_line_member WHERE member_id = OLD.id)
      AND NOT EXISTS (
          SELECT 1 FROM agreement_version_line_member AS other
          WHERE other.line_id = agreement_version_line.id AND other.member_id <> OLD.id
      );
END;
