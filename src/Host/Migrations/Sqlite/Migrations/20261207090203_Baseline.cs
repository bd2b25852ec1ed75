using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cards_Products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NumberLength = table.Column<int>(type: "INTEGER", nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    CheckDigit = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BalanceCap = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    RealNameThreshold = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CompanyCashLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    IndividualCashLimit = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    FaceValues = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_Products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdType = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Balance = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_Customers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_PaymentMethods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_PaymentMethods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Counter_Sequences",
                columns: table => new
                {
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_Sequences", x => new { x.OutletId, x.Name });
                });

            migrationBuilder.CreateTable(
                name: "InvoiceTitles_Templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceTitles_Templates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Module = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_IdempotencyKeys",
                columns: table => new
                {
                    Owner = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResponseStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseBody = table.Column<string>(type: "TEXT", nullable: true),
                    ResponseLocation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_IdempotencyKeys", x => new { x.Owner, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "Kernel_ModuleStates",
                columns: table => new
                {
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_ModuleStates", x => x.ModuleId);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_SetupRuns",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RanAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_SetupRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Accounts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    CanGoNegative = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_Accounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Memo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CorrectsEntryId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_Entries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ledger_Entries_Ledger_Entries_CorrectsEntryId",
                        column: x => x.CorrectsEntryId,
                        principalTable: "Ledger_Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Operators_PhantomSignIns",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_PhantomSignIns", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Operators_Roles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsSystem = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_Roles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Outlets_Outlets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Manager = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    StatusReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Outlets_Outlets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Outlets_Outlets_Outlets_Outlets_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Outlets_Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Printing_Layouts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Image = table.Column<byte[]>(type: "BLOB", nullable: true),
                    ImageContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_Layouts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_Authorisations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PointCodes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    TaskType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", nullable: false),
                    MakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MakerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClientIp = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_Authorisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_ChainHeads",
                columns: table => new
                {
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_ChainHeads", x => x.OutletId);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_PointSettings",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Parameters = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_PointSettings", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Reviews_RequestMarks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MakerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reviews_RequestMarks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cards_NumberRanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NumberLength = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    LastNumber = table.Column<string>(type: "TEXT", maxLength: 19, nullable: false),
                    First = table.Column<long>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_NumberRanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_NumberRanges_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cards_StockBlocks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    First = table.Column<long>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_StockBlocks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_StockBlocks_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cards_StockMovements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    First = table.Column<long>(type: "INTEGER", nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    FromPlace = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    FromOutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FromOperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToPlace = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ToOutletId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToOperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_StockMovements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_StockMovements_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cards_StockRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Shipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards_StockRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cards_StockRequests_Cards_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Cards_Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cheques_Cheques",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DrawerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawerBank = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BankKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DrawerAccount = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ChequeDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClearedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClearedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClearedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BouncedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BouncedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BounceReason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    BounceNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    NegativeBalance = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheques_Cheques", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cheques_Cheques_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Counter_BalanceEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BalanceAfter = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_BalanceEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_BalanceEntries_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeCollections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ReceiptNumber = table.Column<long>(type: "INTEGER", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CustomerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Total = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    InvoiceTitleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvoiceTitle = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeCollections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_FeeCollections_Counter_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Counter_Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeAmounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeeItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeAmounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_FeeAmounts_Counter_FeeItems_FeeItemId",
                        column: x => x.FeeItemId,
                        principalTable: "Counter_FeeItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InvoiceTitles_Titles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CustomerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detached = table.Column<bool>(type: "INTEGER", nullable: false),
                    UsedOnReceipt = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    BuyerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TaxpayerNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    BankAccount = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InvoiceTitles_Titles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InvoiceTitles_Titles_InvoiceTitles_Templates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "InvoiceTitles_Templates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ledger_Lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<long>(type: "INTEGER", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountId = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ledger_Lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ledger_Lines_Ledger_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Ledger_Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Ledger_Lines_Ledger_Entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Ledger_Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Operators_RoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_RoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_RoleClaims_Operators_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Operators_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_Operators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    LoginName = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EmployeeNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastSignInAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsLocked = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PreferredCulture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_Operators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_Operators_Outlets_Outlets_OutletId",
                        column: x => x.OutletId,
                        principalTable: "Outlets_Outlets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Printing_Calibrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LayoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OffsetXMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    OffsetYMm = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_Calibrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Printing_Calibrations_Printing_Layouts_LayoutId",
                        column: x => x.LayoutId,
                        principalTable: "Printing_Layouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Printing_LayoutVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LayoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperWidthMm = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    PaperHeightMm = table.Column<decimal>(type: "TEXT", precision: 6, scale: 1, nullable: false),
                    FieldsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_LayoutVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Printing_LayoutVersions_Printing_Layouts_LayoutId",
                        column: x => x.LayoutId,
                        principalTable: "Printing_Layouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Printing_VoucherPrints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Receipt = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LayoutId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LayoutVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PrintNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Printing_VoucherPrints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Printing_VoucherPrints_Printing_Layouts_LayoutId",
                        column: x => x.LayoutId,
                        principalTable: "Printing_Layouts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Cheques_Events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChequeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OutletId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OperatorLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReviewerLogin = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    BalanceChange = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cheques_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Cheques_Events_Cheques_Cheques_ChequeId",
                        column: x => x.ChequeId,
                        principalTable: "Cheques_Cheques",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Counter_FeeCollectionLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeeCollectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    FeeCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FeeNameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FeeNameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ScheduleAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    CollectedAmount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Counter_FeeCollectionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Counter_FeeCollectionLines_Counter_FeeCollections_FeeCollectionId",
                        column: x => x.FeeCollectionId,
                        principalTable: "Counter_FeeCollections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_OperatorClaims_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_Operators_OperatorLogins_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_Operators_OperatorRoles_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Operators_OperatorRoles_Operators_Roles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "Operators_Roles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_OperatorTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_OperatorTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_Operators_OperatorTokens_Operators_Operators_UserId",
                        column: x => x.UserId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Operators_PasswordHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Operators_PasswordHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Operators_PasswordHistory_Operators_Operators_OperatorId",
                        column: x => x.OperatorId,
                        principalTable: "Operators_Operators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NumberRanges_NumberLength_FirstNumber",
                table: "Cards_NumberRanges",
                columns: new[] { "NumberLength", "FirstNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_NumberRanges_ProductId_First",
                table: "Cards_NumberRanges",
                columns: new[] { "ProductId", "First" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_Products_Code",
                table: "Cards_Products",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockBlocks_CardId",
                table: "Cards_StockBlocks",
                column: "CardId");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockBlocks_OutletId_Place_ProductId",
                table: "Cards_StockBlocks",
                columns: new[] { "OutletId", "Place", "ProductId" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockBlocks_ProductId_First",
                table: "Cards_StockBlocks",
                columns: new[] { "ProductId", "First" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_FromOutletId_Id",
                table: "Cards_StockMovements",
                columns: new[] { "FromOutletId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_ProductId_First",
                table: "Cards_StockMovements",
                columns: new[] { "ProductId", "First" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_TaskId",
                table: "Cards_StockMovements",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockMovements_ToOutletId_Id",
                table: "Cards_StockMovements",
                columns: new[] { "ToOutletId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockRequests_OutletId_Status",
                table: "Cards_StockRequests",
                columns: new[] { "OutletId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_StockRequests_ProductId",
                table: "Cards_StockRequests",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerCode_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerCode", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerId_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_CustomerId_Status_BouncedOn",
                table: "Cheques_Cheques",
                columns: new[] { "CustomerId", "Status", "BouncedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Live",
                table: "Cheques_Cheques",
                columns: new[] { "BankKey", "Number" },
                unique: true,
                filter: "\"Status\" <> 'Bounced'");

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Number",
                table: "Cheques_Cheques",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletCode_ReceivedAt_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "OutletCode", "ReceivedAt", "ReceiptNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletId_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "OutletId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_OutletId_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "OutletId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_ReceivedAt_OutletCode_ReceiptNumber",
                table: "Cheques_Cheques",
                columns: new[] { "ReceivedAt", "OutletCode", "ReceiptNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Cheques_Status_ReceivedAt",
                table: "Cheques_Cheques",
                columns: new[] { "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_ChequeId_At",
                table: "Cheques_Events",
                columns: new[] { "ChequeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_OperatorId_At",
                table: "Cheques_Events",
                columns: new[] { "OperatorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cheques_Events_OutletId_At",
                table: "Cheques_Events",
                columns: new[] { "OutletId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Counter_BalanceEntries_CustomerId_At",
                table: "Counter_BalanceEntries",
                columns: new[] { "CustomerId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_Code",
                table: "Counter_Customers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_IdNumber",
                table: "Counter_Customers",
                column: "IdNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_OutletId_Code",
                table: "Counter_Customers",
                columns: new[] { "OutletId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Counter_Customers_Phone",
                table: "Counter_Customers",
                column: "Phone");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeAmounts_FeeItemId_EffectiveFrom",
                table: "Counter_FeeAmounts",
                columns: new[] { "FeeItemId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollectionLines_FeeCollectionId",
                table: "Counter_FeeCollectionLines",
                column: "FeeCollectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollections_At",
                table: "Counter_FeeCollections",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollections_CustomerId",
                table: "Counter_FeeCollections",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeCollections_OutletId_ReceiptNumber",
                table: "Counter_FeeCollections",
                columns: new[] { "OutletId", "ReceiptNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_FeeItems_Code",
                table: "Counter_FeeItems",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Counter_PaymentMethods_Code",
                table: "Counter_PaymentMethods",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Templates_BuyerName",
                table: "InvoiceTitles_Templates",
                column: "BuyerName");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Templates_TaxpayerNumber",
                table: "InvoiceTitles_Templates",
                column: "TaxpayerNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_CustomerId_Status",
                table: "InvoiceTitles_Titles",
                columns: new[] { "CustomerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_OneDefault",
                table: "InvoiceTitles_Titles",
                column: "CustomerId",
                unique: true,
                filter: "\"IsDefault\" AND \"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_OneTaxpayerNumber",
                table: "InvoiceTitles_Titles",
                columns: new[] { "CustomerId", "TaxpayerNumber" },
                unique: true,
                filter: "\"TaxpayerNumber\" IS NOT NULL AND \"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_InvoiceTitles_Titles_TemplateId",
                table: "InvoiceTitles_Titles",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_Module_Id",
                table: "Kernel_AuditEvents",
                columns: new[] { "Module", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_OccurredAt",
                table: "Kernel_AuditEvents",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_OperatorLogin_Id",
                table: "Kernel_AuditEvents",
                columns: new[] { "OperatorLogin", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEvents_OutletCode_Id",
                table: "Kernel_AuditEvents",
                columns: new[] { "OutletCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_IdempotencyKeys_CreatedAt",
                table: "Kernel_IdempotencyKeys",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Accounts_Kind_OwnerId_Method_OutletId",
                table: "Ledger_Accounts",
                columns: new[] { "Kind", "OwnerId", "Method", "OutletId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Accounts_OutletId_Kind",
                table: "Ledger_Accounts",
                columns: new[] { "OutletId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Accounts_OwnerId",
                table: "Ledger_Accounts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Entries_CorrectsEntryId",
                table: "Ledger_Entries",
                column: "CorrectsEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Entries_TaskType_TaskId",
                table: "Ledger_Entries",
                columns: new[] { "TaskType", "TaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Lines_AccountId_Id",
                table: "Ledger_Lines",
                columns: new[] { "AccountId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Ledger_Lines_EntryId_LineNo",
                table: "Ledger_Lines",
                columns: new[] { "EntryId", "LineNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Operators_OperatorClaims_UserId",
                table: "Operators_OperatorClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_OperatorLogins_UserId",
                table: "Operators_OperatorLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_OperatorRoles_RoleId",
                table: "Operators_OperatorRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_Operators_NormalizedUserName",
                table: "Operators_Operators",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Operators_Operators_OutletId_LoginName",
                table: "Operators_Operators",
                columns: new[] { "OutletId", "LoginName" });

            migrationBuilder.CreateIndex(
                name: "IX_Operators_PasswordHistory_OperatorId_Id",
                table: "Operators_PasswordHistory",
                columns: new[] { "OperatorId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Operators_RoleClaims_RoleId",
                table: "Operators_RoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_Operators_Roles_NormalizedName",
                table: "Operators_Roles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_Outlets_Code",
                table: "Outlets_Outlets",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_Outlets_ParentId_Code",
                table: "Outlets_Outlets",
                columns: new[] { "ParentId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Outlets_Outlets_Status_Code",
                table: "Outlets_Outlets",
                columns: new[] { "Status", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Calibrations_LayoutId",
                table: "Printing_Calibrations",
                column: "LayoutId");

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Calibrations_OutletId_LayoutId",
                table: "Printing_Calibrations",
                columns: new[] { "OutletId", "LayoutId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Layouts_Code",
                table: "Printing_Layouts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_Layouts_Kind_IsActive",
                table: "Printing_Layouts",
                columns: new[] { "Kind", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_Printing_LayoutVersions_LayoutId_Number",
                table: "Printing_LayoutVersions",
                columns: new[] { "LayoutId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_VoucherPrints_Kind_TaskId_PrintNumber",
                table: "Printing_VoucherPrints",
                columns: new[] { "Kind", "TaskId", "PrintNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Printing_VoucherPrints_LayoutId",
                table: "Printing_VoucherPrints",
                column: "LayoutId");

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Authorisations_MakerId_OccurredAt",
                table: "Reviews_Authorisations",
                columns: new[] { "MakerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Authorisations_OccurredAt_Id",
                table: "Reviews_Authorisations",
                columns: new[] { "OccurredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_Authorisations_OutletId_Sequence",
                table: "Reviews_Authorisations",
                columns: new[] { "OutletId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reviews_RequestMarks_MakerId_RequestHash_RequestedAt",
                table: "Reviews_RequestMarks",
                columns: new[] { "MakerId", "RequestHash", "RequestedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Cards_NumberRanges");

            migrationBuilder.DropTable(
                name: "Cards_StockBlocks");

            migrationBuilder.DropTable(
                name: "Cards_StockMovements");

            migrationBuilder.DropTable(
                name: "Cards_StockRequests");

            migrationBuilder.DropTable(
                name: "Cheques_Events");

            migrationBuilder.DropTable(
                name: "Counter_BalanceEntries");

            migrationBuilder.DropTable(
                name: "Counter_FeeAmounts");

            migrationBuilder.DropTable(
                name: "Counter_FeeCollectionLines");

            migrationBuilder.DropTable(
                name: "Counter_PaymentMethods");

            migrationBuilder.DropTable(
                name: "Counter_Sequences");

            migrationBuilder.DropTable(
                name: "InvoiceTitles_Titles");

            migrationBuilder.DropTable(
                name: "Kernel_AuditEvents");

            migrationBuilder.DropTable(
                name: "Kernel_DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Kernel_IdempotencyKeys");

            migrationBuilder.DropTable(
                name: "Kernel_ModuleStates");

            migrationBuilder.DropTable(
                name: "Kernel_Settings");

            migrationBuilder.DropTable(
                name: "Kernel_SetupRuns");

            migrationBuilder.DropTable(
                name: "Ledger_Lines");

            migrationBuilder.DropTable(
                name: "Operators_OperatorClaims");

            migrationBuilder.DropTable(
                name: "Operators_OperatorLogins");

            migrationBuilder.DropTable(
                name: "Operators_OperatorRoles");

            migrationBuilder.DropTable(
                name: "Operators_OperatorTokens");

            migrationBuilder.DropTable(
                name: "Operators_PasswordHistory");

            migrationBuilder.DropTable(
                name: "Operators_PhantomSignIns");

            migrationBuilder.DropTable(
                name: "Operators_RoleClaims");

            migrationBuilder.DropTable(
                name: "Printing_Calibrations");

            migrationBuilder.DropTable(
                name: "Printing_LayoutVersions");

            migrationBuilder.DropTable(
                name: "Printing_VoucherPrints");

            migrationBuilder.DropTable(
                name: "Reviews_Authorisations");

            migrationBuilder.DropTable(
                name: "Reviews_ChainHeads");

            migrationBuilder.DropTable(
                name: "Reviews_PointSettings");

            migrationBuilder.DropTable(
                name: "Reviews_RequestMarks");

            migrationBuilder.DropTable(
                name: "Cards_Products");

            migrationBuilder.DropTable(
                name: "Cheques_Cheques");

            migrationBuilder.DropTable(
                name: "Counter_FeeItems");

            migrationBuilder.DropTable(
                name: "Counter_FeeCollections");

            migrationBuilder.DropTable(
                name: "InvoiceTitles_Templates");

            migrationBuilder.DropTable(
                name: "Ledger_Accounts");

            migrationBuilder.DropTable(
                name: "Ledger_Entries");

            migrationBuilder.DropTable(
                name: "Operators_Operators");

            migrationBuilder.DropTable(
                name: "Operators_Roles");

            migrationBuilder.DropTable(
                name: "Printing_Layouts");

            migrationBuilder.DropTable(
                name: "Counter_Customers");

            migrationBuilder.DropTable(
                name: "Outlets_Outlets");
        }
    }
}
