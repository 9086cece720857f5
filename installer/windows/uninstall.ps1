# Remove the Start menu entry that install.ps1 added. Delete the folder itself afterwards.
$ErrorActionPreference = "Stop"
$link = Join-Path ([Environment]::GetFolderPath("Programs")) "Northern Syria Atlas.lnk"
if (Test-Path $link) { Remove-Item $link; Write-Output "Removed $link" }
else { Write-Output "No Start menu entry to remove." }
