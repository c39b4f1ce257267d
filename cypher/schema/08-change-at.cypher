// The change log is read from an instant on (`changes(since:)`), in order.
CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at, c.seq)
