-- Per-client rate limits counted in the database when several nodes share it (PostgreSQL), so that adding
-- nodes does not multiply a client's budget and a restart does not forgive a burst. One row per client,
-- purpose and window; rows past their window are deleted now and then.
CREATE TABLE rate_count (
    counter_key     VARCHAR(200)   PRIMARY KEY,
    uses            INTEGER        NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_rate_count_expires_at ON rate_count (expires_at);
