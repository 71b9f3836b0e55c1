"""Qt-free use cases. Every read and write of CollectorPro goes through here."""
