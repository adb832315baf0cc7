-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "mode" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Job_status_provider_mode_finishedAt_idx" ON "Job"("status", "provider", "mode", "finishedAt" DESC);
