"""The composition root: settings, storage, logging, the Application and its run modes."""
