; Inno Setup script for the Windows installer of Berdaya.
; Build the bundle first on Windows (see packaging/README.md), then:
;   iscc packaging\windows\berdaya.iss
; The database lives in the user's data folder (%LOCALAPPDATA%\Berdaya), never in {app}:
; upgrades and uninstalls leave it where it is.

#define AppName "Berdaya"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B1E3C52-8F0A-4C7D-9B43-2E1B7A5C9D10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Berdaya
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\installer
OutputBaseFilename=Berdaya-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\berdaya.ico
UninstallDisplayIcon={app}\berdaya.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "id"; MessagesFile: "compiler:Languages\Indonesian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\build\dist\berdaya\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\berdaya.exe"; Parameters: "gui"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\berdaya.exe"; Parameters: "gui"; Tasks: desktopicon

[Run]
Filename: "{app}\berdaya.exe"; Parameters: "--self-test"; Flags: runhidden waituntilterminated; StatusMsg: "Memeriksa instalasi…"
Filename: "{app}\berdaya.exe"; Parameters: "gui"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
