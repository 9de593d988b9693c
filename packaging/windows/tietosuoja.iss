; Inno Setup script: the Windows installer around the PyInstaller folder bundle.
;
;   pyinstaller --noconfirm packaging\tietosuoja.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\tietosuoja.iss
;
; AppVersion comes from the package (tietosuoja_desktop.__version__); the build workflow passes
; it, so the version is typed in one place only. The installer needs no administrator rights
; (it installs for the current user unless the user chooses all users), adds a Start-menu
; entry and optionally a desktop shortcut. Uninstalling leaves the register itself alone: it
; lives in %APPDATA%\Tietosuoja Desktop, not in the program folder.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z tietosuoja.iss
#endif

#define AppName "Tietosuoja Desktop"
#define AppExe "tietosuoja-desktop.exe"
#define Root "..\.."

[Setup]
AppId={{DEAB025C-6B67-4218-B926-1269985CBC1F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Windows 10 version 1809 (build 17763) or later, as packaging/platforms.toml declares.
MinVersion=10.0.17763
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename=Tietosuoja-Desktop-{#AppVersion}-setup
SetupIconFile={#Root}\resources\icons\tietosuoja.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Finnish first: the installer speaks the language Windows uses, Finnish otherwise.
; (Inno Setup ships no Swedish file; add an unofficial Swedish.isl here to offer it.)
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\tietosuoja-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
