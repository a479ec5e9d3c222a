import { describe, expect, it } from "vitest";
import { ContractValidator } from "./validate";

const validator = new ContractValidator();
const json = "application/json";
const provider = { provider: "x", display_name: "X", maintenance_status: "active", icon: "https://x", regions: ["GBR"], mobile_only: false };

describe("ContractValidator", () => {
  it("finds operations by method and path template, literal segments first", () => {
    expect(validator.find("get", "/financial/v3/accounts/transaction-dates")?.spec.operationId).toBe("financial_v3_accounts_transaction_dates_get");
    expect(validator.find("GET", "/financial/v3/accounts/abc")?.spec.operationId).toBe("financial_v3_accounts_account_id_get");
    expect(validator.find("PATCH", "/financial/v3/accounts")).toBeUndefined();
  });

  it("resolves $refs and OpenAPI 3.0 nullable", () => {
    const ok = validator.validateResponse("GET", "/v1/open-banking/providers", {
      status: 200,
      contentType: json,
      body: { operation_id: "open_banking_providers_get", data: [{ ...provider, maintenance_window: null }], metadata: null },
    });
    expect(ok).toEqual([]);
    const broken = validator.validateResponse("GET", "/v1/open-banking/providers", {
      status: 200,
      contentType: json,
      body: { operation_id: "open_banking_providers_get", data: [{ ...provider, maintenance_window: null, mobile_only: "no" }] },
    });
    expect(broken).toEqual(["response body/data/0/mobile_only must be boolean"]);
  });

  it("checks error bodies, including statuses declared without a schema, and flags undeclared statuses", () => {
    expect(validator.validateResponse("GET", "/financial/v3/accounts", { status: 401, contentType: json, body: { message: "x" } })).not.toEqual([]);
    expect(validator.validateResponse("DELETE", "/v1/customers/abc", { status: 204, contentType: null, body: undefined })).toEqual([]);
    const generic = { operation_id: "unknown", code_id: "unknown", message: "Route or resource not found", errors: {} };
    expect(validator.validateResponse("DELETE", "/v1/customers/abc", { status: 404, contentType: json, body: generic })).toEqual([]);
    expect(validator.validateResponse("DELETE", "/v1/customers/abc", { status: 404, contentType: json, body: { oops: 1 } })).not.toEqual([]);
    expect(validator.validateResponse("GET", "/financial/v3/accounts/abc", { status: 404, contentType: json, body: generic })).toEqual([
      "status 404 is not declared for financial_v3_accounts_account_id_get",
    ]);
  });

  it("validates parameters (coerced from strings) and bodies", () => {
    const headers = new Headers({ "X-Client-Id": "client" });
    expect(validator.validateRequest({ method: "GET", url: "/platform/v3/customers?page_size=1000", headers })).toEqual([]);
    expect(validator.validateRequest({ method: "GET", url: "/platform/v3/customers?page_size=1001", headers })).toEqual([
      "query parameter page_size must be <= 1000",
    ]);
    expect(validator.validateRequest({ method: "GET", url: "/platform/v3/customers", headers: new Headers() })).toEqual([
      "header parameter X-Client-Id is required",
    ]);
    expect(validator.validateRequest({ method: "PUT", url: "/v1/customers/3f1b9f7e-0000-4000-8000-000000000000/context", headers })).toEqual([
      "request body is required",
    ]);
    const badBody = validator.validateRequest({ method: "POST", url: "/platform/v3/customers", headers, body: { customer_context: { type: "robot" } } });
    expect(badBody).toEqual(["request body/customer_context/type must be equal to one of the allowed values"]);
  });
});
