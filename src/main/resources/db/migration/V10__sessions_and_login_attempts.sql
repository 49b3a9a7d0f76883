-- Ending sessions whose encrypted cookies live on (security.SessionRevocation). Disabling an account or setting
-- its password raises its session epoch, which ends all of its sessions; logging out stores that one session's
-- id until its absolute lifetime (12 hours) is over, and then the row is deleted.
ALTER TABLE account ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;
CREATE TABLE revoked_session (
    session_id      VARCHAR(32)    PRIMARY KEY,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_revoked_session_expires_at ON revoked_session (expires_at);
