"""The shared vocabulary below every layer: errors, money in cents, translation, paths, and the
plain data types that both the services and the documents speak (report tables).

Nothing here touches the database, Qt or ReportLab."""
