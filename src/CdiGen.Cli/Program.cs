using System;
using CdiGen.Cli;

return CdiCommandLine.Run(args, Console.Out, Console.Error);
