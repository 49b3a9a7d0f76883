-- Every comment insert maintained this index, yet reported comments are few and always read together with
-- their status (PUBLISHED or PENDING), which ix_comment_status_created already narrows.
DROP INDEX ix_comment_reported;
