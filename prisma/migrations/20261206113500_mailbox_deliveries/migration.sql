-- CreateTable
CREATE TABLE "mailbox_deliveries" (
    "idempotency_key" TEXT NOT NULL,
    "delivered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "mailbox_deliveries_pkey" PRIMARY KEY ("idempotency_key")
);

-- CreateIndex
CREATE INDEX "mailbox_deliveries_delivered_at_idx" ON "mailbox_deliveries"("delivered_at");
