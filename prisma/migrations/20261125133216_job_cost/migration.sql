-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "costPoints" DOUBLE PRECISION,
ADD COLUMN     "costRefunded" BOOLEAN;
