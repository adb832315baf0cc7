-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "maxConcurrent" INTEGER,
ADD COLUMN     "maxPerDay" INTEGER;
