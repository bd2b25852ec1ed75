using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Counter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "Counter_FeeItems");

            migrationBuilder.DropTable(
                name: "Counter_FeeCollections");

            migrationBuilder.DropTable(
                name: "Counter_Customers");
        }
    }
}
