; Inno Setup script for FamilySafe on Windows: a per-user installer of the PyInstaller bundle.
; NOT BUILT OR TESTED on the project's Linux machines; see packaging/windows/README.md.
; Build (on Windows, after the bundle): "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\familysafe.iss

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E9C3B8E-2F0A-4E5B-9C55-FA3F1D0B7A21}
AppName=FamilySafe
AppVersion={#AppVersion}
AppPublisher=The FamilySafe team
DefaultDirName={localappdata}\Programs\FamilySafe
DefaultGroupName=FamilySafe
PrivilegesRequired=lowest
DisableProgramGroupPage=yes
LicenseFile=..\..\LICENSE
OutputDir=..\..\dist
OutputBaseFilename=FamilySafe-{#AppVersion}-setup
SetupIconFile=familysafe.ico
UninstallDisplayIcon={app}\familysafe.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\FamilySafe\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\FamilySafe"; Filename: "{app}\familysafe.exe"
Name: "{autodesktop}\FamilySafe"; Filename: "{app}\familysafe.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\familysafe.exe"; Description: "{cm:LaunchProgram,FamilySafe}"; Flags: nowait postinstall skipifsilent

; The family's data (%LOCALAPPDATA%\FamilySafe) is never removed by the uninstaller.
