-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "submitSentAt" TIMESTAMP(3);
