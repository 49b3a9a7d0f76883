-- Ending sessions whose encrypted cookies live on (security.SessionRevocation). Disabling an account or setting
-- its password raises its session epoch, which ends all of its sessions; logging out stores that one session's
-- id until its absolute lifetime (12 hours) is over, and then the row is deleted.
ALTER TABLE account ADD COLUMN session_epoch BIGINT DEFAULT 0 NOT NULL;
CREATE TABLE revoked_session (
    session_id      VARCHAR(32)    PRIMARY KEY,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_revoked_session_expires_at ON revoked_session (expires_at);

-- Failed logins, shared by every node (security.LoginThrottle). One row per user name, per client address and per
-- pair of the two, each under a keyed hash (never the name or address in clear). An attempt is counted before its
-- password is checked; a success takes its own count back.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(64)    PRIMARY KEY,
    failures        INTEGER        NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE,
    next_check_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_login_throttle_last_failure_at ON login_throttle (last_failure_at);
