namespace Sakip.Analytics.Web.Operator;

public static class OperatorRegistration
{
    public static IServiceCollection AddOperator(this IServiceCollection services)
    {
        services.AddSingleton<UploadStore>();
        services.AddSingleton<OperatorWorkspace>();
        return services;
    }
}
