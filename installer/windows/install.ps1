# Add Northern Syria Atlas to the Start menu for the current user (no administrator rights).
# Run from the unpacked folder:  powershell -ExecutionPolicy Bypass -File install.ps1
# The folder stays where it is; uninstall.ps1 removes the shortcut again.
$ErrorActionPreference = "Stop"
$bundle = $PSScriptRoot
$target = Join-Path $bundle "syria-atlas-gui.exe"
if (-not (Test-Path $target)) { throw "Run me from the unpacked syria-atlas folder ($target is missing)." }
$programs = [Environment]::GetFolderPath("Programs")   # %APPDATA%\Microsoft\Windows\Start Menu\Programs
$link = Join-Path $programs "Northern Syria Atlas.lnk"
$shell = New-Object -ComObject WScript.Shell
$shortcut = $shell.CreateShortcut($link)
$shortcut.TargetPath = $target
$shortcut.WorkingDirectory = $bundle
$shortcut.IconLocation = "$target,0"
$shortcut.Description = "Who holds what in northern Syria, the M4 motorway, and the talks"
$shortcut.Save()
Write-Output "Start menu entry: $link"
Write-Output "Command line: $(Join-Path $bundle 'syria-atlas.exe') --help"
