using Admin.Kernel.Data;
using Admin.Kernel.Security;

namespace Admin.Modules.Cards.Models;

/// <summary>Where a card number is. Every registered number is in exactly one place.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<StockPlace>))]
public enum StockPlace
{
    /// <summary>At head office, not yet shipped (or returned).</summary>
    HeadOffice,
    /// <summary>Shipped to an outlet, not yet received.</summary>
    InTransit,
    /// <summary>In the outlet's safe.</summary>
    Outlet,
    /// <summary>In an operator's drawer (领用).</summary>
    Operator,
    /// <summary>Issued to a customer as a card.</summary>
    Issued,
    /// <summary>Scrapped (报废); gone for good.</summary>
    Scrapped,
}

/// <summary>What a movement did.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<MovementKind>))]
public enum MovementKind
{
    Register,
    Ship,
    Receive,
    Take,
    Return,
    Exchange,
    Scrap,
    Issue,
}

/// <summary>A place with its holder: the outlet (in transit to, at, or of the drawer), the operator of a drawer, the card issued.</summary>
public readonly record struct Holder(StockPlace Place, Guid? OutletId = null, Guid? OperatorId = null, string? OperatorLogin = null, Guid? CardId = null)
{
    public static Holder HeadOffice => new(StockPlace.HeadOffice);

    public static Holder Scrapped => new(StockPlace.Scrapped);

    public static Holder InTransit(Guid outlet) => new(StockPlace.InTransit, outlet);

    public static Holder AtOutlet(Guid outlet) => new(StockPlace.Outlet, outlet);

    public static Holder Drawer(Guid outlet, Guid @operator, string? login) => new(StockPlace.Operator, outlet, @operator, login);

    public static Holder IssuedAs(Guid outlet, Guid card) => new(StockPlace.Issued, outlet, CardId: card);

    /// <summary>Same place and holder (the login is only a label).</summary>
    public bool Holds(StockBlock block) =>
        block.Place == Place && block.OutletId == OutletId && block.OperatorId == OperatorId && block.CardId == CardId;
}

/// <summary>
/// A number range head office registered (登记号段): the serials <see cref="First"/>..<see cref="Last"/> of one product.
/// Ranges never overlap (compared on the printed numbers, across products of the same number length).
/// </summary>
public sealed class NumberRange
{
    public Guid Id { get; set; }
    public Guid ProductId { get; set; }
    public int NumberLength { get; set; }
    public string FirstNumber { get; set; } = "";
    public string LastNumber { get; set; } = "";
    public long First { get; set; }
    public long Last { get; set; }
    public DateTime RegisteredAt { get; set; }
    public string? RegisteredBy { get; set; }

    public long Count => Last - First + 1;
}

/// <summary>
/// Stock as sub-ranges: the serials <see cref="First"/>..<see cref="Last"/> of one product are all in one place. A move
/// splits the block it takes from; the block's version makes two parallel moves of the same card conflict.
/// </summary>
public sealed class StockBlock : IVersioned
{
    public Guid Id { get; set; }
    public Guid ProductId { get; set; }
    public long First { get; set; }
    public long Last { get; set; }
    public StockPlace Place { get; set; }
    public Guid? OutletId { get; set; }
    public Guid? OperatorId { get; set; }
    public string? OperatorLogin { get; set; }
    public Guid? CardId { get; set; }
    public long Version { get; set; }

    public long Count => Last - First + 1;

    public Holder Holder => new(Place, OutletId, OperatorId, OperatorLogin, CardId);

    /// <summary>Moves this block to <paramref name="to"/>.</summary>
    public void MoveTo(Holder to)
    {
        Place = to.Place;
        OutletId = to.OutletId;
        OperatorId = to.OperatorId;
        OperatorLogin = to.OperatorLogin;
        CardId = to.CardId;
    }

    /// <summary>A new block for part of this one, in the same place.</summary>
    public StockBlock Part(long first, long last) => new()
    {
        Id = Guid.NewGuid(), ProductId = ProductId, First = first, Last = last, Place = Place, OutletId = OutletId, OperatorId = OperatorId,
        OperatorLogin = OperatorLogin, CardId = CardId,
    };
}

/// <summary>One line of the movement log: the serials First..Last of a product went from one holder to another.</summary>
public sealed class StockMovement
{
    public long Id { get; set; }
    /// <summary>All lines of one task share it (a shipment of a list of numbers is several lines).</summary>
    public Guid TaskId { get; set; }
    public MovementKind Kind { get; set; }
    public Guid ProductId { get; set; }
    public long First { get; set; }
    public long Last { get; set; }
    public long Count { get; set; }
    public StockPlace? FromPlace { get; set; }
    public Guid? FromOutletId { get; set; }
    public Guid? FromOperatorId { get; set; }
    public StockPlace ToPlace { get; set; }
    public Guid? ToOutletId { get; set; }
    public Guid? ToOperatorId { get; set; }
    public Guid? CardId { get; set; }
    public Guid? RequestId { get; set; }
    public DateTime At { get; set; }
    public string? OperatorLogin { get; set; }
    public string? ReviewerLogin { get; set; }
    public string? Note { get; set; }
}

/// <summary>Status of an outlet's request for cards.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<RequestStatus>))]
public enum RequestStatus
{
    Open,
    Shipped,
    Cancelled,
}

/// <summary>An outlet's request (申领) for a quantity of a product; head office ships against it until it is filled.</summary>
public sealed class StockRequest : IVersioned, IOutletOwned
{
    public const int MaxQuantity = 100_000;

    public Guid Id { get; set; }
    public Guid OutletId { get; set; }
    public Guid ProductId { get; set; }
    public int Quantity { get; set; }
    public int Shipped { get; set; }
    public RequestStatus Status { get; set; }
    public DateTime RequestedAt { get; set; }
    public string? RequestedBy { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }

    public int Outstanding => Quantity - Shipped;

    /// <summary>Counts a shipment against the request; filled requests close.</summary>
    public void CountShipped(int count)
    {
        Shipped += count;
        if (Shipped >= Quantity)
        {
            Status = RequestStatus.Shipped;
        }
    }
}
