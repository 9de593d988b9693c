"""Data folders inside cloud-synchronised folders are recognised from the path and the
environment alone: simulated Windows, macOS and Linux layouts."""

from __future__ import annotations

import pytest

from tietosuoja_desktop.domain.cloud_folders import synced_folder, warning

WINDOWS_ENV = {
    "OneDrive": "C:\\Users\\Åsa Öhman\\OneDrive",
    "OneDriveConsumer": "C:\\Users\\Åsa Öhman\\OneDrive",
    "USERPROFILE": "C:\\Users\\Åsa Öhman",
}
BUSINESS_ENV = {
    "OneDrive": "D:\\Yritys\\Synkronoitu",  # a business OneDrive moved to another drive
    "OneDriveCommercial": "D:\\Yritys\\Synkronoitu",
}


@pytest.mark.parametrize(
    ("path", "environment", "service", "root"),
    [
        # Windows: Documents redirected to OneDrive (Known Folder Move) and its Desktop.
        (
            "C:\\Users\\Åsa Öhman\\OneDrive\\Documents\\Tietosuoja Desktop",
            WINDOWS_ENV,
            "OneDrive",
            "C:\\Users\\Åsa Öhman\\OneDrive",
        ),
        ("c:\\users\\åsa öhman\\onedrive\\Desktop\\rekisteri", WINDOWS_ENV, "OneDrive", None),
        ("D:\\Yritys\\Synkronoitu\\Asiakkaat", BUSINESS_ENV, "OneDrive", "D:\\Yritys\\Synkronoitu"),
        ("C:\\Users\\Åsa\\OneDrive - Kukka Oy\\Rekisteri", {}, "OneDrive", None),
        ("C:\\Users\\Åsa\\Dropbox\\Tietosuoja", {}, "Dropbox", "C:\\Users\\Åsa\\Dropbox"),
        ("C:\\Users\\Åsa\\Dropbox (Kukka)\\Tietosuoja", {}, "Dropbox", None),
        ("G:\\My Drive\\Tietosuoja", {}, "Google Drive", "G:\\My Drive"),
        ("C:\\Users\\Åsa\\iCloudDrive\\Tietosuoja", {}, "iCloud Drive", None),
        # macOS: iCloud Drive, the File Provider folders of OneDrive, Dropbox and Google Drive.
        (
            "/Users/asa/Library/Mobile Documents/com~apple~CloudDocs/Tietosuoja",
            {},
            "iCloud Drive",
            "/Users/asa/Library/Mobile Documents",
        ),
        ("/Users/asa/Library/CloudStorage/OneDrive-Personal/Rekisteri", {}, "OneDrive", None),
        ("/Users/asa/Library/CloudStorage/Box-Box/Rekisteri", {}, "Box-Box", None),
        ("/Users/asa/Library/CloudStorage/Dropbox/Rekisteri", {}, "Dropbox", None),
        (
            "/Users/asa/Library/CloudStorage/GoogleDrive-asa@example.fi/My Drive/R",
            {},
            "Google Drive",
            None,
        ),
        ("/home/asa/Dropbox/rekisteri", {}, "Dropbox", "/home/asa/Dropbox"),
    ],
)
def test_synchronised_folders_are_recognised(path, environment, service, root):
    found = synced_folder(path, environment)
    assert found is not None and found.service == service
    if root is not None:
        assert found.root == root


@pytest.mark.parametrize(
    ("path", "environment"),
    [
        ("C:\\Users\\Åsa Öhman\\AppData\\Roaming\\Tietosuoja Desktop", WINDOWS_ENV),
        ("C:\\Users\\Åsa Öhman\\Documents\\Tietosuoja", WINDOWS_ENV),  # not redirected
        ("C:\\Users\\Åsa Öhman\\OneDriveless\\Tietosuoja", WINDOWS_ENV),
        ("/Users/asa/Library/Application Support/Tietosuoja Desktop", {}),
        ("/home/asa/.local/share/Tietosuoja Desktop", {"OneDrive": ""}),
        ("/home/asa/dropbox-notes-backup-old/x", {}),  # not the service's name
        ("D:\\Yritys\\Synkronoitu-vanha\\Asiakkaat", BUSINESS_ENV),
    ],
)
def test_ordinary_folders_are_not_reported(path, environment):
    assert synced_folder(path, environment) is None


def test_the_warning_names_the_folder_the_service_and_a_safe_way():
    data_dir = "C:\\Users\\Åsa Öhman\\OneDrive\\Documents\\Tietosuoja Desktop"
    text = warning(data_dir, synced_folder(data_dir, WINDOWS_ENV)).render()
    assert data_dir in text and "OneDrive" in text and "backup" in text
