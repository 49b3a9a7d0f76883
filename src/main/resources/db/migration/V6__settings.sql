-- Settings an admin changed on the settings page. A row overrides the configured value (parley.<name>) until
-- the admin resets it, which deletes the row; with no row the configuration is in force. Values are kept as
-- text and read by the feature that owns the setting; who changed what is in the audit trail as well.
CREATE TABLE site_setting (
    name            VARCHAR(80)    PRIMARY KEY,
    setting_value   VARCHAR(200)   NOT NULL,
    changed_by      VARCHAR(80)    NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
