using Admin.Kernel.Permissions;

namespace Admin.Modules.Cards;

/// <summary>Who may do what with card products and card stock. Outlet staff act on their own outlet's stock only.</summary>
public sealed class CardsPermissions : IPermissionProvider
{
    public const string ViewProducts = "Cards.ViewProducts";
    public const string ManageProducts = "Cards.ManageProducts";
    public const string ManageRanges = "Cards.ManageRanges";
    public const string Ship = "Cards.Ship";
    public const string RequestStock = "Cards.RequestStock";
    public const string ReceiveStock = "Cards.ReceiveStock";
    public const string TakeStock = "Cards.TakeStock";
    public const string ReturnStock = "Cards.ReturnStock";
    public const string ScrapStock = "Cards.ScrapStock";
    public const string ViewStock = "Cards.ViewStock";
    public const string View = "Cards.View";

    public IEnumerable<Permission> GetPermissions() =>
    [
        new(ViewProducts, "View card products"),
        new(ManageProducts, "Create and change card products (head office)"),
        new(ManageRanges, "Register card number ranges (head office)"),
        new(Ship, "Ship cards to outlets against their requests (head office)"),
        new(RequestStock, "Request cards from head office for the outlet"),
        new(ReceiveStock, "Receive cards shipped to the outlet"),
        new(TakeStock, "Take cards from the outlet into one's own drawer"),
        new(ReturnStock, "Return and exchange cards (drawer to outlet, outlet to head office)"),
        new(ScrapStock, "Scrap cards (reviewed)"),
        new(ViewStock, "View card stock and its movements"),
        new(View, "Find cards and see their customer, status and balances (an outlet's operators: the cards issued there)"),
    ];

    public IEnumerable<KeyValuePair<string, IEnumerable<string>>> GetDefaultGrants() =>
    [
        new(DefaultRoles.Administrator, [ViewProducts, ManageProducts, ManageRanges, Ship, RequestStock, ReceiveStock, TakeStock, ReturnStock, ScrapStock, ViewStock, View]),
        new(DefaultRoles.OutletOperator, [ViewProducts, RequestStock, ReceiveStock, TakeStock, ReturnStock, ScrapStock, ViewStock, View]),
        new(DefaultRoles.Reviewer, [ViewProducts, ViewStock, View]),
        new(DefaultRoles.Auditor, [ViewProducts, ViewStock, View]),
    ];
}
