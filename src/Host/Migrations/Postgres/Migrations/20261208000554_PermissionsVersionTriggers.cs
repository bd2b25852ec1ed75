using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Admin.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class PermissionsVersionTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-written: every write to role permissions, operators' roles and direct grants raises the permissions
            // version that the session statement reads (Operators README, SessionValidator and PermissionSetCache); a trigger, so
            // that no write path (a service, a recipe, a statement typed by hand) can miss it.
            migrationBuilder.Sql("""
                CREATE FUNCTION operators_permissions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "Operators_PermissionsVersion" SET "Value" = "Value" + 1 WHERE "Id" = 1;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER operators_role_claims_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Operators_RoleClaims"
                    FOR EACH STATEMENT EXECUTE FUNCTION operators_permissions_changed();
                CREATE TRIGGER operators_operator_roles_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Operators_OperatorRoles"
                    FOR EACH STATEMENT EXECUTE FUNCTION operators_permissions_changed();
                CREATE TRIGGER operators_operator_claims_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Operators_OperatorClaims"
                    FOR EACH STATEMENT EXECUTE FUNCTION operators_permissions_changed();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS operators_role_claims_version ON "Operators_RoleClaims";
                DROP TRIGGER IF EXISTS operators_operator_roles_version ON "Operators_OperatorRoles";
                DROP TRIGGER IF EXISTS operators_operator_claims_version ON "Operators_OperatorClaims";
                DROP FUNCTION IF EXISTS operators_permissions_changed();
                """);
        }
    }
}
