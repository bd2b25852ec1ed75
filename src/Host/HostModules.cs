namespace Admin.Host;

/// <summary>The modules compiled into this host (one type from each module assembly). The kernel is always added.</summary>
public static class HostModules
{
    public static readonly Type[] Types =
    [
        typeof(Admin.Modules.Outlets.OutletsModule),
        typeof(Admin.Modules.Operators.OperatorsModule),
    ];
}
