"""The register's encryption in the window: the passphrase at start, the wizard's choice, the
settings section, and the idle lock."""
