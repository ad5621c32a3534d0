; Inno Setup 6 script: the Windows installer for the PyInstaller bundle in dist\prepoznaj.
; Built by scripts\build-windows.ps1, which passes the version from pyproject.toml:
;   ISCC /DAppVersion=0.1.0 packaging\windows\prepoznaj.iss
; Steps and requirements: docs\windows.md.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z packaging\windows\prepoznaj.iss
#endif
#define AppName "Prepoznaj"
#define AppExe "prepoznaj.exe"
#define Root "..\.."

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{6F1C2D7A-3B4E-4C8F-9A51-2E7D0B9C4F13}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Prepoznaj
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without administrator rights; as administrator, for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=Prepoznaj-{#AppVersion}-setup
SetupIconFile={#Root}\desktop\resources\icons\prepoznaj.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running Prepoznaj is closed before its files are replaced (the user is asked first).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle. An update replaces it completely: files of an older version that
; the new one no longer has are removed first ([InstallDelete]).
Source: "{#Root}\dist\prepoznaj\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Knowledge base and decision support for labour inspectors"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's data (assessments, notes, settings, the search index) is in %LOCALAPPDATA%\prepoznaj and
; is deliberately left in place by the uninstaller: removing the program must never remove records.
