-- Why a comment the filter would have published waits for a moderator (the reader asked, the article's mode,
-- a ban that holds); null when the filter's own decision put it where it is.
ALTER TABLE comment ADD COLUMN held_because VARCHAR(20);
