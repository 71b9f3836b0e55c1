"""Letters and email: the office's letter texts, composing a letter from an account's records,
issuing and archiving it, batches for the print room, and sending by email."""
