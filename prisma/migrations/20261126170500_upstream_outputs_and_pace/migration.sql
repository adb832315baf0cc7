-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "lastFrameUrl" TEXT,
ADD COLUMN     "previewUrl" TEXT,
ADD COLUMN     "upstreamVideoId" TEXT;

-- CreateTable
CREATE TABLE "UpstreamPace" (
    "provider" TEXT NOT NULL,
    "nextSlotAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UpstreamPace_pkey" PRIMARY KEY ("provider")
);
