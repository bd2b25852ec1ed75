using Admin.Kernel.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Admin.Host.Startup;

/// <summary>Writes each operation's permission (or "anonymous" / "any signed-in operator") into its description.</summary>
internal sealed class OpenApiPermissions : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var permissions = metadata.OfType<RequirePermissionAttribute>().Select(p => p.Permission).Distinct().ToList();
        var access = metadata.OfType<IAllowAnonymous>().Any()
            ? "Access: anonymous."
            : permissions.Count > 0
                ? $"Access: permission {string.Join(" and ", permissions)}."
                : "Access: any signed-in operator.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? access : $"{operation.Description}\n\n{access}";
        return Task.CompletedTask;
    }
}
