-- Names are unique regardless of case, and only the database can hold that against two admins (or two nodes)
-- creating "Editor" and "editor" at the same moment. A plain column rather than an expression index or a
-- generated column, because those are written differently on H2 and PostgreSQL; the application keeps it equal
-- to the lower-cased name. Existing names that differ only in case make this fail: rename one of them first.
ALTER TABLE account ADD COLUMN username_key VARCHAR(80);
UPDATE account SET username_key = LOWER(username);
ALTER TABLE account ALTER COLUMN username_key SET NOT NULL;
ALTER TABLE account ADD CONSTRAINT uk_account_username_key UNIQUE (username_key);
