-- One row that every readiness check rewrites: whether the database can write (a full disk, a read-only
-- volume, a database that lost its primary) is only known by writing.
CREATE TABLE health_probe (
    id        INT PRIMARY KEY,
    probed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO health_probe (id, probed_at) VALUES (1, CURRENT_TIMESTAMP);
