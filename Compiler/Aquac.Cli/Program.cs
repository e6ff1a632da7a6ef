using System.CommandLine;
using Aqua.Cli;

// Exit codes: 0 ok, 1 the program raised a runtime error (`run`), 2 bad input or usage.
return CommandLine.Build().Invoke(args);
