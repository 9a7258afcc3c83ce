using Ses.Wrapper.Sample.Web.ErrorHandling;

var builder = WebApplication.CreateBuilder(args);

// Ses.Wrapper: binds the "Ses" section (appsettings.Development.json points it at a local emulator) and validates it at start-up.
builder.Services.AddSes();

builder.Services.AddControllers();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<SesProblemDetailsExceptionHandler>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapControllers();

app.Run();
