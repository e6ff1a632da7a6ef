#!/usr/bin/env pwsh
# Build, test and pack aquac: the same steps as README.md, for PowerShell users.
#   ./build.ps1            build + test
#   ./build.ps1 -Pack      also pack the `aquac` .NET tool into ./artifacts
#   ./build.ps1 -Sample    also compile and run Samples/fib
param(
    [string]$Configuration = "Release",
    [switch]$Pack,
    [switch]$Sample
)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot

function Invoke-Step([string]$Title, [scriptblock]$Command) {
    Write-Host "==> $Title" -ForegroundColor Cyan
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$Title failed with exit code $LASTEXITCODE" }
}

Invoke-Step "build" { dotnet build AquaVM.sln -c $Configuration }
Invoke-Step "test" { dotnet test AquaVM.sln -c $Configuration --no-build }
if ($Sample) {
    Invoke-Step "compile sample" { dotnet run --project Compiler/Aquac.Cli -c $Configuration -- Samples/fib/fib.acode -o out/fib.dll }
    Invoke-Step "run sample" { dotnet out/fib.dll }
}
if ($Pack) {
    Invoke-Step "pack" { dotnet pack Compiler/Aquac.Cli -c $Configuration -o artifacts }
}
