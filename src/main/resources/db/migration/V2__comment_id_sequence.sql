-- Comment ids come from a sequence handed out in blocks, so that the comments of one group commit are
-- inserted in one JDBC batch (identity columns force one round trip per row). Existing ids are kept; the
-- sequence starts above them.
CREATE SEQUENCE comment_seq START WITH 1000000 INCREMENT BY 50;
