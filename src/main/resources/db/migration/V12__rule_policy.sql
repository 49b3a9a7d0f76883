-- A rule may fall under a site policy (profanity, reclaimable slurs): its hits then add no score, and the site's
-- setting for that policy decides what they do. Null for the rules whose score counts, which is every rule so far.
ALTER TABLE filter_rule ADD COLUMN policy VARCHAR(32);
