# Build the Windows bundle and installer: the same PyInstaller recipe as `make bundle`
# (packaging/prepoznaj.spec), then Inno Setup (packaging/windows/prepoznaj.iss).
# Steps and requirements: docs/windows.md.
#   powershell -ExecutionPolicy Bypass -File scripts\build-windows.ps1 [-Python py.exe] [-Iscc ISCC.exe] [-SkipTests]
param(
    [string]$Python = "python",
    [string]$Iscc = "",
    [switch]$SkipTests
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
$repo = Get-Location

function Step($text) { Write-Host "`n== $text" -ForegroundColor Cyan }
function Run($exe, [string[]]$arguments) {
    & $exe @arguments
    if ($LASTEXITCODE -ne 0) { throw "$exe $($arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"$').Matches[0].Groups[1].Value
Step "Prepoznaj $version"

Step "Python environment (.venv-windows), pinned to requirements\constraints.txt"
Run $Python @("-c", "import sys; sys.exit(0 if sys.version_info >= (3, 11) and sys.maxsize > 2**32 else 'Python 3.11 or newer, 64-bit, is needed')")
if (-not (Test-Path .venv-windows\Scripts\python.exe)) { Run $Python @("-m", "venv", ".venv-windows") }
$py = Join-Path $repo ".venv-windows\Scripts\python.exe"
Run $py @("-m", "pip", "install", "-q", "--upgrade", "pip")
# Windows has no psutil wheel problem and no xcb: the same constraints serve both systems.
Run $py @("-m", "pip", "install", "-q", "-c", "requirements\constraints.txt", "-e", ".[bundle,test]")

Step "Interface translations"
Run $py @("scripts\translations.py", "compile")

if (-not $SkipTests) {
    Step "Tests of the Windows code paths"
    $env:QT_QPA_PLATFORM = "offscreen"
    Run $py @("-m", "pytest", "-q", "tests\search_index\test_portable.py", "tests\search_index\test_freshness.py",
              "tests\search_index\test_private_apis.py", "tests\desktop\test_user_database.py")
    Remove-Item Env:\QT_QPA_PLATFORM
}

Step "Bundle (PyInstaller, packaging\prepoznaj.spec)"
Run (Join-Path $repo ".venv-windows\Scripts\pyinstaller.exe") @("--noconfirm", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build\pyinstaller", "packaging\prepoznaj.spec")
$exe = Join-Path $repo "dist\prepoznaj\prepoznaj.exe"
$size = (Get-ChildItem dist\prepoznaj -Recurse | Measure-Object -Property Length -Sum).Sum / 1MB
Write-Host ("dist\prepoznaj: {0:N0} MB" -f $size)

Step "Start the bundle once (--exit-when-ready), with its own empty user folders"
$scratch = Join-Path $env:TEMP ("prepoznaj-smoke-" + [guid]::NewGuid())
$env:PREPOZNAJ_DATA_DIR = "$scratch\data"; $env:PREPOZNAJ_CACHE_DIR = "$scratch\cache"
$env:PREPOZNAJ_CONFIG_DIR = "$scratch\config"; $env:PREPOZNAJ_LOG_DIR = "$scratch\log"
$started = Get-Date
$process = Start-Process -FilePath $exe -ArgumentList "--exit-when-ready" -PassThru -Wait
Write-Host ("ready and closed in {0:N1} s, exit code {1}" -f ((Get-Date) - $started).TotalSeconds, $process.ExitCode)
Remove-Item Env:\PREPOZNAJ_DATA_DIR, Env:\PREPOZNAJ_CACHE_DIR, Env:\PREPOZNAJ_CONFIG_DIR, Env:\PREPOZNAJ_LOG_DIR
Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
if ($process.ExitCode -ne 0) { throw "the bundle did not start cleanly (exit code $($process.ExitCode))" }

Step "Installer (Inno Setup)"
if (-not $Iscc) {
    $Iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $Iscc) { throw "Inno Setup 6 (ISCC.exe) was not found: install it, or pass -Iscc C:\path\to\ISCC.exe" }
Run $Iscc @("/Qp", "/DAppVersion=$version", "packaging\windows\prepoznaj.iss")
Write-Host "`nDone: dist\Prepoznaj-$version-setup.exe"
