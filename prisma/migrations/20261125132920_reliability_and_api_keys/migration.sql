-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "deadlineAt" TIMESTAMP(3),
ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "inputHash" TEXT,
ADD COLUMN     "lastHeardAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "nextPollAt" TIMESTAMP(3),
ADD COLUMN     "ownerId" UUID,
ADD COLUMN     "polls" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "JobEvent" ADD COLUMN     "applied" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "admin" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE UNIQUE INDEX "Job_idempotencyKey_key" ON "Job"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Job_status_lastHeardAt_idx" ON "Job"("status", "lastHeardAt");

-- CreateIndex
CREATE INDEX "Job_ownerId_id_idx" ON "Job"("ownerId", "id" DESC);

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "ApiKey"("id") ON DELETE SET NULL ON UPDATE CASCADE;
