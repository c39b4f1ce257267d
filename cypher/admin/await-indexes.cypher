// A new full-text index answers nothing until it is online.
CALL db.awaitIndexes(300)
