-- When the password was last set: sessions that logged in before it end, so a reset locks out whoever had it.
ALTER TABLE account ADD COLUMN password_changed_at TIMESTAMP WITH TIME ZONE;
