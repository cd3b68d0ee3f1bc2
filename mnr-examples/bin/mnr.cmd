@echo off
rem Runs the mnr4j command-line tool, mnr-examples\target\mnr.jar, on Windows.
rem   MNR_JAVA_OPTS   options for the JVM, such as -Xmx256m
setlocal
set "jar=%~dp0..\target\mnr.jar"
if not exist "%jar%" (
  echo mnr: %jar% is missing; build it first: mvn -B -ntp -q package -DskipTests 1>&2
  exit /b 2
)
if defined JAVA_HOME (set "java=%JAVA_HOME%\bin\java") else (set "java=java")
"%java%" %MNR_JAVA_OPTS% -jar "%jar%" %*
exit /b %ERRORLEVEL%
